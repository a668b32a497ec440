using Platform.Actors;
using Platform.Actors.Persistence;

namespace Platform.Blogging.Tests.Support;

/// <summary>One host's door to a shared store. <see cref="Kill"/> shuts it, as if the host's process had died: nothing it does afterwards reaches the store.</summary>
public sealed class KillableStorage(IRevalidatingGrainStorage inner) : IRevalidatingGrainStorage
{
    private volatile bool _dead;

    public void Kill() => _dead = true;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Alive() ?? inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Alive() ?? inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Alive() ?? inner.ClearStateAsync(stateName, grainId, grainState);

    public Task<bool> RefreshStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _dead ? Task.FromException<bool>(new GrainStorageException("This host is dead.")) : inner.RefreshStateAsync(stateName, grainId, grainState);

    private Task? Alive() => _dead ? Task.FromException(new GrainStorageException("This host is dead.")) : null;
}
