using Platform.Actors;
using Platform.Actors.Persistence;

namespace Platform.Storage.Tests.MultiHost;

internal sealed class CounterGrain([PersistentState("counter", CounterGrain.StorageName)] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public const string StorageName = "store";

    /// <summary>How long a host trusts its cached copy before a conditional read (the window the docs promise).</summary>
    public static readonly TimeSpan RevalidationWindow = TimeSpan.FromMilliseconds(200);

    public async Task<int> Increment()
    {
        while (true)
        {
            state.State.Count++;
            try
            {
                await state.WriteStateAsync();
                return state.State.Count;
            }
            catch (InconsistentStateException)
            {
                // Another host moved the state on: reload it and apply the command again.
                await state.ReadStateAsync();
            }
        }
    }

    public async Task<int> Current()
    {
        await state.RefreshIfStaleAsync(RevalidationWindow);
        return state.State.Count;
    }
}
