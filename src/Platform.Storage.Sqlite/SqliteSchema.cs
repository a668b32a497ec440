namespace Platform.Storage.Sqlite;

/// <summary>The provider's tables and statements, in one place so the documentation can point at it.</summary>
internal static class SqliteSchema
{
    /// <summary>
    /// One row per (state name, grain type, grain key). <c>version</c> is the ETag; it comes from a single
    /// database-wide counter, so a state that is deleted and written again never reuses an old ETag (no ABA).
    /// </summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS grain_state (
            state_name TEXT NOT NULL,
            grain_type TEXT NOT NULL,
            grain_key  TEXT NOT NULL,
            version    INTEGER NOT NULL,
            payload    TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (state_name, grain_type, grain_key)
        );
        CREATE TABLE IF NOT EXISTS grain_state_version (
            id   INTEGER PRIMARY KEY CHECK (id = 1),
            last INTEGER NOT NULL
        );
        INSERT OR IGNORE INTO grain_state_version (id, last) VALUES (1, 0);
        """;

    public const string Where = " WHERE state_name = $state AND grain_type = $type AND grain_key = $key";

    public const string SelectVersion = "SELECT version FROM grain_state" + Where;

    public const string SelectRow = "SELECT version, payload FROM grain_state" + Where;

    /// <summary>Every row of one state and grain type whose key starts with a prefix (a range of the primary key).</summary>
    public const string SelectPrefix = "SELECT grain_key, version, payload FROM grain_state"
        + " WHERE state_name = $state AND grain_type = $type AND grain_key >= $from AND grain_key < $to";

    public const string NextVersion = "UPDATE grain_state_version SET last = last + 1 WHERE id = 1 RETURNING last";

    public const string Insert = """
        INSERT INTO grain_state (state_name, grain_type, grain_key, version, payload, updated_at)
        VALUES ($state, $type, $key, $version, $payload, $now)
        ON CONFLICT (state_name, grain_type, grain_key) DO NOTHING
        """;

    public const string Update = "UPDATE grain_state SET version = $version, payload = $payload, updated_at = $now" + Where + " AND version = $expected";

    public const string Delete = "DELETE FROM grain_state" + Where + " AND version = $expected";
}
