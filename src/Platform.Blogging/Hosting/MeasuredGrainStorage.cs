using System.Diagnostics;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Partitions;

namespace Platform.Blogging.Hosting;

/// <summary>
/// Times every call to the blog domain's grain storage and counts its failures (<see cref="BloggingMetrics"/>),
/// whatever the provider. Labels are the operation and the state name (a handful of values), never a key. Scans are
/// passed on to the provider underneath.
/// </summary>
public sealed class MeasuredGrainStorage(IGrainStorage inner, IGrainStateScanner? innerScanner = null)
    : IGrainStorage, IGrainStateScanner, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The provider measured.</summary>
    public IGrainStorage Inner { get; } = inner;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        MeasureAsync("read", stateName, () => Inner.ReadStateAsync(stateName, grainId, grainState));

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        MeasureAsync("write", stateName, () => Inner.WriteStateAsync(stateName, grainId, grainState));

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        MeasureAsync("clear", stateName, () => Inner.ClearStateAsync(stateName, grainId, grainState));

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Key, IGrainState<T> State)>?> ScanAsync<T>(string stateName, string grainType, string keyPrefix)
    {
        if (innerScanner is null)
        {
            return null;
        }

        IReadOnlyList<(string, IGrainState<T>)>? rows = null;
        await MeasureAsync("scan", stateName, async () => rows = await innerScanner.ScanAsync<T>(stateName, grainType, keyPrefix));
        return rows;
    }

    /// <inheritdoc />
    /// <remarks>A provider that starts with the silo (Azure Blob creates its container) still does.</remarks>
    public void Participate(ISiloLifecycle observer)
    {
        if (Inner is ILifecycleParticipant<ISiloLifecycle> participant)
        {
            participant.Participate(observer);
        }
    }

    private static async Task MeasureAsync(string operation, string stateName, Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        var tags = new TagList { { "operation", operation }, { "state", stateName } };
        try
        {
            await call();
        }
        catch
        {
            BloggingMetrics.StorageErrors.Add(1, tags);
            throw;
        }
        finally
        {
            BloggingMetrics.StorageDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
