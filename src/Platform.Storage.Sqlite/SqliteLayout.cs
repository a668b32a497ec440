using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Which layout a database file holds, recorded in <c>platform_schema</c>, and the upgrade to the current one, run
/// once when the provider first opens the file (in one transaction, so a crash leaves the old layout readable and
/// the next start runs it again). Layouts:
/// <list type="number">
/// <item>Rows keyed (state name, grain type, grain key) with plain JSON, written by the stand-in actor runtime
/// (releases up to 2026-11). The file has no <c>platform_schema</c> table.</item>
/// <item>The same rows under Orleans: grain ids are (grain type, key) with the same type names, and state is the
/// same JSON, so the upgrade from 1 keeps every row as it is and records the layout.</item>
/// </list>
/// </summary>
internal static class SqliteLayout
{
    /// <summary>The layout this release writes.</summary>
    public const int Current = 2;

    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS platform_schema (
            layout     INTEGER NOT NULL PRIMARY KEY,
            applied_at TEXT NOT NULL,
            note       TEXT NOT NULL
        );
        """;

    /// <summary>Brings the file to <see cref="Current"/>; returns the layout it held before (0: a new file).</summary>
    public static int Upgrade(SqliteConnection connection, ILogger logger, TimeProvider time, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CreateTable + "SELECT MAX(layout) FROM platform_schema;";
        var recorded = command.ExecuteScalar() is long layout ? (int)layout : (int?)null;
        if (recorded is { } known && known >= Current)
        {
            if (known > Current)
            {
                throw new SqliteStorageException(
                    $"SQLite database '{path}' holds layout {known}, written by a newer release; this release reads layouts up to {Current}. Run the newer release, or restore a backup.");
            }

            transaction.Commit();
            return known;
        }

        command.CommandText = "SELECT COUNT(*) FROM grain_state;";
        var rows = (long)command.ExecuteScalar()!;
        var from = recorded ?? (rows > 0 ? 1 : 0);
        var note = from switch
        {
            0 => "new database",
            _ => string.Create(CultureInfo.InvariantCulture, $"from layout 1 (stand-in runtime): {rows} rows kept as they are; Orleans reads the same keys and JSON"),
        };
        command.CommandText = "INSERT INTO platform_schema (layout, applied_at, note) VALUES ($layout, $at, $note);";
        command.Parameters.AddWithValue("$layout", Current);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$note", note);
        command.ExecuteNonQuery();
        transaction.Commit();
        if (from > 0)
        {
            SqliteStorageLog.Upgraded(logger, path, from, Current, rows);
        }

        return from;
    }
}
