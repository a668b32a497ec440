using Platform.Actors.Runtime;

namespace Platform.Actors.Persistence;

/// <summary>Helpers for grains that run on several hosts over one store.</summary>
public static class PersistentStateExtensions
{
    /// <summary>
    /// Reloads the state if it was last read or written more than <paramref name="maxAge"/> ago and storage holds a
    /// newer version. Uses a conditional read (cheap when nothing changed) where the provider supports one.
    /// Returns true when the state changed.
    /// </summary>
    public static Task<bool> RefreshIfStaleAsync<T>(this IPersistentState<T> state, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state is PersistentState<T> runtimeState
            ? runtimeState.RefreshIfStaleAsync(maxAge)
            : throw new ArgumentException("Not a persistent state created by the actor runtime.", nameof(state));
    }
}
