using Platform.Actors;

namespace Platform.Storage.Tests.MultiHost;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and returns the new count (retrying on a conflicting write).</summary>
    Task<int> Increment();

    /// <summary>The count, revalidated against storage once the cached copy is older than <see cref="CounterGrain.RevalidationWindow"/>.</summary>
    Task<int> Current();
}
