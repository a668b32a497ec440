using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Partitions;

namespace Platform.Bench.Scale;

/// <summary>
/// Wraps the real grain storage and, while <see cref="Counting"/> is on, adds up how many writes were made and how
/// many bytes of serialized state they carried (the same serializer the storage writes with).
/// </summary>
internal sealed class CountingGrainStorage(IGrainStorage inner, IGrainStorageSerializer serializer) : IGrainStorage, IGrainStateScanner
{
    private long _writes;
    private long _bytes;

    public bool Counting { get; set; }

    public (long Writes, long Bytes) Take()
    {
        return (Interlocked.Exchange(ref _writes, 0), Interlocked.Exchange(ref _bytes, 0));
    }

    public async Task<IReadOnlyList<(string Key, IGrainState<T> State)>?> ScanAsync<T>(string stateName, string grainType, string keyPrefix) =>
        inner is IGrainStateScanner scanner ? await scanner.ScanAsync<T>(stateName, grainType, keyPrefix) : null;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (Counting)
        {
            Interlocked.Increment(ref _writes);
            Interlocked.Add(ref _bytes, serializer.Serialize(grainState.State).ToMemory().Length);
        }

        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
}
