using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to one database file and creates the schema once. Microsoft.Data.Sqlite pools
/// connections per connection string; the per-connection pragmas are re-applied on every open because a pooled
/// connection is indistinguishable from a new one (they cost microseconds).
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly Lock _initLock = new();
    private volatile bool _initialized;

    private readonly Microsoft.Extensions.Logging.ILogger _logger;
    private readonly TimeProvider _time;

    public SqliteDatabase(SqliteStorageOptions options, Microsoft.Extensions.Logging.ILogger logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        FilePath = System.IO.Path.GetFullPath(options.Path!);
        BusyTimeout = options.BusyTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        var busyMs = (long)options.BusyTimeout.TotalMilliseconds;
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMs}; PRAGMA synchronous = {(options.FlushEveryCommit ? "FULL" : "NORMAL")};");
    }

    public string FilePath { get; }

    public TimeSpan BusyTimeout { get; }

    /// <summary>
    /// One writer at a time within this process. SQLite allows one writer per file anyway; without this gate the
    /// others would wait inside the driver's busy timeout, each blocking a thread-pool thread (Microsoft.Data.Sqlite
    /// is synchronous underneath), which under a flush of many posts starves the threads pages are served on.
    /// Waiting here is asynchronous. Other processes are still fenced by the busy timeout and the version check.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>The layout the file held when this provider first opened it (0: created new).</summary>
    public int LayoutFound { get; private set; }

    /// <summary>Opens a connection (from the pool) with the provider's pragmas applied; creates the schema on first use.</summary>
    public async Task<SqliteConnection> OpenAsync()
    {
        if (!_initialized)
        {
            Initialize();
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync().ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = _pragmas;
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private void Initialize()
    {
        lock (_initLock)
        {
            if (_initialized)
            {
                return;
            }

            try
            {
                var directory = System.IO.Path.GetDirectoryName(FilePath);
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                using var connection = new SqliteConnection(_connectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = _pragmas;
                command.ExecuteNonQuery();
                command.CommandText = "PRAGMA journal_mode = WAL;";
                using (var reader = command.ExecuteReader())
                {
                    // journal_mode answers with the mode it switched to; anything but WAL means the file cannot use WAL.
                    if (reader.Read() && !string.Equals(reader.GetString(0), "wal", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new SqliteStorageException($"SQLite database '{FilePath}' could not switch to WAL mode (it reports '{reader.GetString(0)}').");
                    }
                }

                command.CommandText = SqliteSchema.Create;
                command.ExecuteNonQuery();
                LayoutFound = SqliteLayout.Upgrade(connection, _logger, _time, FilePath);
                SqliteStorageLog.Opened(_logger, FilePath, LayoutFound, (long)BusyTimeout.TotalMilliseconds);
                _initialized = true;
            }
            catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
            {
                throw new SqliteStorageException(
                    $"SQLite grain storage cannot open or create the database file '{FilePath}': {ex.Message}", ex);
            }
        }
    }
}
