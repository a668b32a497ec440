using Orleans.Runtime;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.MultiHost;

[GrainType("counter")]
internal sealed class CounterGrain([PersistentState("counter", StorageCluster.ProviderName)] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public async Task<int> Increment()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> Current() => Task.FromResult(state.State.Count);
}
