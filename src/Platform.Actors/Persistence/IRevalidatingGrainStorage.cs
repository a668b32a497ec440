namespace Platform.Actors.Persistence;

/// <summary>
/// A provider that can tell cheaply whether stored state changed since a known ETag (a conditional read), so an
/// activation on one host can pick up writes made by another.
/// </summary>
public interface IRevalidatingGrainStorage : IGrainStorage
{
    /// <summary>
    /// Reloads <paramref name="grainState"/> only if the stored version differs from its ETag.
    /// Returns true when the state was reloaded (or removed), false when it was unchanged.
    /// </summary>
    Task<bool> RefreshStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}
