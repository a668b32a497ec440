namespace Platform.Storage.Sqlite;

/// <summary>Settings of <see cref="SqliteGrainStorage"/> (configuration section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions : Orleans.Storage.IStorageProviderSerializerOptions
{
    /// <summary>How states become rows; left unset, the registration fills in the silo's <see cref="Orleans.Storage.IGrainStorageSerializer"/>.</summary>
    public Orleans.Storage.IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;

    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Storage:Sqlite";

    /// <summary>
    /// The database file. Required. Its directory is created when missing. The gateway's default is
    /// <c>&lt;Platform:DataPath&gt;/platform.db</c>.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>How long an operation waits for another connection's write lock before failing (SQLite <c>busy_timeout</c>).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When true (the default) every commit is flushed to disk (<c>synchronous=FULL</c>), so a power loss keeps
    /// every acknowledged write. When false (<c>synchronous=NORMAL</c>) a killed process still loses nothing, but a
    /// power loss may drop the last commits; writes are faster.
    /// </summary>
    public bool FlushEveryCommit { get; set; } = true;

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the configuration key when a setting is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new InvalidOperationException(
                $"SQLite grain storage needs a database file: set '{SectionName}:Path' (for example ./data/platform.db).");
        }

        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            throw new InvalidOperationException($"'{SectionName}:BusyTimeout' must be between 1 ms and 10 minutes; it is {BusyTimeout}.");
        }
    }
}
