namespace Platform.Actors.Persistence;

/// <summary>A named piece of a grain's persistent state, injected with <see cref="PersistentStateAttribute"/>.</summary>
/// <typeparam name="TState">The state type; must have a public parameterless constructor or be created by the provider.</typeparam>
public interface IPersistentState<TState> : IGrainState<TState>
{
    /// <summary>Reads the state from storage, replacing the in-memory value.</summary>
    Task ReadStateAsync();

    /// <summary>Writes the in-memory value; throws <see cref="InconsistentStateException"/> when storage moved on.</summary>
    Task WriteStateAsync();

    /// <summary>Clears the stored state and resets the in-memory value.</summary>
    Task ClearStateAsync();
}
