using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Orleans grain storage in one SQLite database file (WAL mode); Orleans ships none for SQLite. Each state is a row
/// keyed by (state name, grain type, grain key) — the grain id's two halves — and holds the state as the
/// configured <see cref="IGrainStorageSerializer"/> writes it (the platform uses plain JSON). Its integer
/// <c>version</c>, rendered as a string, is the ETag. Writes and clears are fenced by that version, so several
/// provider instances or processes sharing the file stay correct: the loser of a race gets
/// <see cref="InconsistentStateException"/>. A clear deletes the row.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly IGrainStorageSerializer _serializer;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the provider; the file and schema are created on first use.</summary>
    public SqliteGrainStorage(SqliteStorageOptions options, ILogger<SqliteGrainStorage>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger ?? NullLogger<SqliteGrainStorage>.Instance;
        _time = time ?? TimeProvider.System;
        _database = new SqliteDatabase(options, _logger, _time);
        _serializer = options.GrainStorageSerializer is { } serializer
            ? serializer
            : throw new InvalidOperationException("SQLite grain storage needs a GrainStorageSerializer in its options.");
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath => _database.FilePath;

    /// <summary>Opens the file now (creating or upgrading it, see <see cref="SqliteLayout"/>); returns the layout it held before (0: new).</summary>
    public async Task<int> OpenAsync()
    {
        var connection = await _database.OpenAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        return _database.LayoutFound;
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            var connection = await _database.OpenAsync().ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await ReadRowAsync(connection, null, stateName, grainId, grainState).ConfigureAwait(false);
            }
        }
        catch (SqliteException ex)
        {
            throw Failure("read", stateName, grainId, ex);
        }
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = _serializer.Serialize(grainState.State).ToString();
        string newEtag;
        await _database.WriteGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var connection = await _database.OpenAsync().ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // BEGIN IMMEDIATE: take the write lock up front, so the busy timeout applies and no lock upgrade can deadlock.
                using var transaction = connection.BeginTransaction(deferred: false);
                long? expected = null;
                if (grainState.ETag is not null)
                {
                    expected = ParseEtag(grainState.ETag);
                    if (expected is null)
                    {
                        throw await ConflictAsync(connection, transaction, "write", stateName, grainId, grainState.ETag).ConfigureAwait(false);
                    }
                }

                var version = await NextVersionAsync(connection, transaction).ConfigureAwait(false);
                using var command = Command(connection, transaction, expected is null ? SqliteSchema.Insert : SqliteSchema.Update, stateName, grainId);
                command.Parameters.AddWithValue("$version", version);
                command.Parameters.AddWithValue("$payload", payload);
                command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                if (expected is not null)
                {
                    command.Parameters.AddWithValue("$expected", expected.Value);
                }

                if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    throw await ConflictAsync(connection, transaction, "write", stateName, grainId, grainState.ETag).ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
                newEtag = version.ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (SqliteException ex)
        {
            throw Failure("write", stateName, grainId, ex);
        }
        finally
        {
            _database.WriteGate.Release();
        }

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await _database.WriteGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var connection = await _database.OpenAsync().ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                var expected = grainState.ETag is null ? null : ParseEtag(grainState.ETag);
                if (grainState.ETag is null)
                {
                    if (await SelectVersionAsync(connection, transaction, stateName, grainId).ConfigureAwait(false) is not null)
                    {
                        throw await ConflictAsync(connection, transaction, "clear", stateName, grainId, null).ConfigureAwait(false);
                    }
                }
                else
                {
                    using var command = Command(connection, transaction, SqliteSchema.Delete, stateName, grainId);
                    command.Parameters.AddWithValue("$expected", expected ?? -1L);
                    if (expected is null || await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                    {
                        throw await ConflictAsync(connection, transaction, "clear", stateName, grainId, grainState.ETag).ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
        catch (SqliteException ex)
        {
            throw Failure("clear", stateName, grainId, ex);
        }
        finally
        {
            _database.WriteGate.Release();
        }

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>
    /// Reads every row of one state and grain type whose key starts with <paramref name="keyPrefix"/>, in one query
    /// over the primary key (for a grain that owns many rows and loads them all, such as a blog's partitions).
    /// </summary>
    public async Task<IReadOnlyList<(string Key, IGrainState<T> State)>> ReadPrefixAsync<T>(string stateName, string grainType, string keyPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        var rows = new List<(string, IGrainState<T>)>();
        try
        {
            var connection = await _database.OpenAsync().ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var command = connection.CreateCommand();
                command.CommandText = SqliteSchema.SelectPrefix;
                command.Parameters.AddWithValue("$state", stateName);
                command.Parameters.AddWithValue("$type", grainType);
                command.Parameters.AddWithValue("$from", keyPrefix);
                command.Parameters.AddWithValue("$to", keyPrefix[..^1] + (char)(keyPrefix[^1] + 1));
                using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var raw = new List<(string Key, long Version, byte[] Payload)>();
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    // A TEXT column's bytes are its UTF-8: read them as they are, with no string in between.
                    raw.Add((reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
                }

                // Deserialising is most of the cost of a big scan: spread it over the cores.
                var states = new IGrainState<T>[raw.Count];
                Parallel.For(0, raw.Count, i =>
                {
                    var (key, version, payload) = raw[i];
                    states[i] = new GrainState<T>(Deserialize<T>(payload, stateName, $"{grainType}/{key}", version, connection.DataSource), version.ToString(CultureInfo.InvariantCulture))
                    {
                        RecordExists = true,
                    };
                });
                for (var i = 0; i < raw.Count; i++)
                {
                    rows.Add((raw[i].Key, states[i]));
                }
            }
        }
        catch (SqliteException ex)
        {
            throw new SqliteStorageException($"Reading the '{stateName}' rows of {grainType}/{keyPrefix}* failed: {ex.Message}", ex);
        }

        return rows;
    }

    /// <summary>Returns the provider's pooled connections' file handles.</summary>
    public void Dispose() => _database.Dispose();

    private async Task ReadRowAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using var command = Command(connection, transaction, SqliteSchema.SelectRow, stateName, grainId);
        using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var version = reader.GetInt64(0);
        grainState.State = Deserialize<T>(reader.GetFieldValue<byte[]>(1), stateName, grainId.ToString(), version, connection.DataSource);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    private T Deserialize<T>(byte[] payload, string stateName, string grainId, long version, string dataSource)
    {
        try
        {
            return _serializer.Deserialize<T>(new BinaryData(payload)) ?? Activator.CreateInstance<T>();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new SqliteStorageException(
                $"SQLite state '{stateName}' of {grainId} (version {version}) in '{dataSource}' cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static async Task<string?> SelectVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, string stateName, GrainId grainId)
    {
        using var command = Command(connection, transaction, SqliteSchema.SelectVersion, stateName, grainId);
        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is long version ? version.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static async Task<long> NextVersionAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSchema.NextVersion;
        return (long)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$key", grainId.Key.ToString());
        return command;
    }

    private static long? ParseEtag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    private async Task<InconsistentStateException> ConflictAsync(SqliteConnection connection, SqliteTransaction transaction, string operation, string stateName, GrainId grainId, string? current)
    {
        var stored = await SelectVersionAsync(connection, transaction, stateName, grainId).ConfigureAwait(false);
        SqliteStorageLog.Conflict(_logger, stateName, grainId, stored, current);
        return new InconsistentStateException(
            $"SQLite storage refused to {operation} state '{stateName}' of {grainId}: it changed since it was read.", stored, current);
    }

    private SqliteStorageException Failure(string operation, string stateName, GrainId grainId, SqliteException ex)
    {
        SqliteStorageLog.Failed(_logger, ex, operation, stateName, grainId, _database.FilePath);
        var cause = ex.SqliteErrorCode switch
        {
            5 or 6 => $"the database file is locked by another connection or process (waited {_database.BusyTimeout.TotalMilliseconds:0} ms)",
            8 => "the database file is read-only",
            _ => ex.Message,
        };
        return new SqliteStorageException(
            $"SQLite grain storage could not {operation} state '{stateName}' of {grainId} in '{_database.FilePath}': {cause}.", ex);
    }
}
