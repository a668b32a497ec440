using Orleans.Runtime;
using Orleans.Storage;

namespace Platform.Blogging.Partitions;

/// <summary>
/// Rows a grain keeps beside its own state, written through the same grain storage provider under a grain id of
/// their own (<c>{grainType}/{key}</c>) — for state that must not be rewritten whole on every change. The owning
/// grain is the only writer of its rows, so the storage's ETags never conflict in normal operation; a conflict
/// means a second writer and fails the call (the owner then reloads).
/// </summary>
/// <typeparam name="T">The row's state type.</typeparam>
internal sealed class PartitionStore<T>(IGrainStorage storage, IGrainStateScanner? scanner, string stateName, string grainType)
    where T : class, new()
{
    /// <summary>How many rows are read at once when loading many without a scan (network storage: latency-bound).</summary>
    private const int ReadParallelism = 32;

    /// <summary>Reads one row; a row never written reads as a new <typeparamref name="T"/>.</summary>
    public async Task<PartitionRow<T>> ReadAsync(string key)
    {
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, GrainId.Create(grainType, key), state);
        state.State ??= new T();
        return new PartitionRow<T>(key, state);
    }

    /// <summary>Reads many rows, a few at a time, in the order of <paramref name="keys"/>.</summary>
    public async Task<IReadOnlyList<PartitionRow<T>>> ReadManyAsync(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var rows = new PartitionRow<T>[keys.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, keys.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism },
            async (i, _) => rows[i] = await ReadAsync(keys[i]));
        return rows;
    }

    /// <summary>
    /// Reads the rows under <paramref name="keyPrefix"/>: in one scan when the storage can, otherwise the rows of
    /// <paramref name="keys"/> one by one. The scan may find rows missing from <paramref name="keys"/> (written
    /// after a crash before their key was recorded); they are returned too.
    /// </summary>
    public async Task<IReadOnlyList<PartitionRow<T>>> ReadAllAsync(string keyPrefix, IReadOnlyList<string> keys)
    {
        if (keys.Count > 0 && scanner is not null && await scanner.ScanAsync<T>(stateName, grainType, keyPrefix) is { } scanned)
        {
            return [.. scanned.Select(r => new PartitionRow<T>(r.Key, new GrainState<T>(r.State.State ?? new T(), r.State.ETag) { RecordExists = r.State.RecordExists }))];
        }

        return await ReadManyAsync(keys);
    }

    /// <summary>Writes a row (its ETag moves on).</summary>
    public Task WriteAsync(PartitionRow<T> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return storage.WriteStateAsync(stateName, GrainId.Create(grainType, row.Key), row.Stored);
    }

    /// <summary>Deletes a row.</summary>
    public Task ClearAsync(PartitionRow<T> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return storage.ClearStateAsync(stateName, GrainId.Create(grainType, row.Key), row.Stored);
    }
}

/// <summary>One stored row of a <see cref="PartitionStore{T}"/>: its key, its state and its ETag.</summary>
/// <typeparam name="T">The row's state type.</typeparam>
internal sealed class PartitionRow<T>(string key, GrainState<T> stored)
{
    /// <summary>The row's key (the grain key it is stored under).</summary>
    public string Key { get; } = key;

    /// <summary>The state as read or last written.</summary>
    public T State => Stored.State!;

    /// <summary>The storage's view of the row (state and ETag).</summary>
    internal GrainState<T> Stored { get; } = stored;
}
