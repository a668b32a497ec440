namespace Platform.Actors.Persistence;

/// <summary>
/// A grain storage provider, mirroring Orleans' <c>IGrainStorage</c>. Every write and clear is fenced by the
/// state's ETag: a stale or missing ETag raises <see cref="InconsistentStateException"/>.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state into <paramref name="grainState"/>; a missing record leaves a new state with a null ETag.</summary>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Writes the state if <paramref name="grainState"/>'s ETag is the stored one, and sets the new ETag.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Clears (or deletes) the state if the ETag matches.</summary>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}
