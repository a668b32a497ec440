using Orleans.Runtime;
using Orleans.Storage;

namespace Platform.Blogging.Tests.Support;

/// <summary>A provider in front of the real one whose writes fail while <see cref="StorageSwitch.FailWrites"/> is on, as a full disk would.</summary>
public sealed class BreakableStorage(IGrainStorage inner, StorageSwitch control) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        control.FailWrites ? Task.FromException(new IOException("The disk is full (a test).")) : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        control.FailWrites ? Task.FromException(new IOException("The disk is full (a test).")) : inner.ClearStateAsync(stateName, grainId, grainState);
}

/// <summary>Turns a host's storage writes off and on.</summary>
public sealed class StorageSwitch
{
    private volatile bool _failWrites;

    public bool FailWrites
    {
        get => _failWrites;
        set => _failWrites = value;
    }
}
