using System.Collections.Concurrent;
using System.Text.Json;
using Platform.Actors;
using Platform.Actors.Persistence;

namespace Platform.Storage.Memory;

/// <summary>
/// Grain storage in process memory, for tests and development. State is kept as JSON, as a durable provider
/// would keep it, so a grain never shares an object with storage; ETags are fenced exactly as in the durable
/// providers. One instance may be shared by several hosts in one process (the multi-host test fixture).
/// </summary>
public sealed class MemoryGrainStorage : IRevalidatingGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), Entry> _entries = new();
    private readonly JsonSerializerOptions _json;
    private long _version;

    /// <summary>Creates an empty store.</summary>
    public MemoryGrainStorage(JsonSerializerOptions? json = null) => _json = json ?? GrainStateJson.Options;

    /// <summary>How many states are stored.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_entries.TryGetValue((stateName, grainId), out var entry))
        {
            grainState.State = JsonSerializer.Deserialize<T>(entry.Json, _json)!;
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> RefreshStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        _entries.TryGetValue((stateName, grainId), out var entry);
        if (string.Equals(entry?.ETag, grainState.ETag, StringComparison.Ordinal))
        {
            return Task.FromResult(false);
        }

        return ReadStateAsync(stateName, grainId, grainState).ContinueWith(static _ => true, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var json = JsonSerializer.SerializeToUtf8Bytes(grainState.State, _json);
        var key = (stateName, grainId);
        var next = new Entry(json, NextETag());
        if (grainState.ETag is null)
        {
            if (!_entries.TryAdd(key, next))
            {
                throw Conflict(stateName, grainId, key, grainState.ETag, "write");
            }
        }
        else if (!_entries.TryGetValue(key, out var current) || current.ETag != grainState.ETag || !_entries.TryUpdate(key, next, current))
        {
            throw Conflict(stateName, grainId, key, grainState.ETag, "write");
        }

        grainState.ETag = next.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = (stateName, grainId);
        if (grainState.ETag is not null)
        {
            if (!_entries.TryGetValue(key, out var current) || current.ETag != grainState.ETag
                || !_entries.TryRemove(new KeyValuePair<(string, GrainId), Entry>(key, current)))
            {
                throw Conflict(stateName, grainId, key, grainState.ETag, "clear");
            }
        }
        else if (_entries.ContainsKey(key))
        {
            throw Conflict(stateName, grainId, key, null, "clear");
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string NextETag() => Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private InconsistentStateException Conflict(string stateName, GrainId grainId, (string, GrainId) key, string? current, string operation)
    {
        _entries.TryGetValue(key, out var stored);
        return new InconsistentStateException($"Memory storage refused to {operation} state '{stateName}' of {grainId}: it changed since it was read.", stored?.ETag, current);
    }

    private sealed record Entry(byte[] Json, string ETag);
}
