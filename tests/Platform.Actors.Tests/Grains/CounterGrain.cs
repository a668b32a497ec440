using Platform.Actors.Persistence;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    [ReadOnly]
    Task<int> Current();

    Task Save();

    Task<string?> ETag();
}

public sealed class CounterState
{
    public int Count { get; set; }
}

public sealed class CounterGrain : Grain, ICounterGrain
{
    private readonly IPersistentState<CounterState> _state;
    private readonly EventLog _log;

    public CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state, EventLog log)
    {
        _state = state;
        _log = log;
        log.Add($"construct:{this.GetPrimaryKeyString()}");
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _log.Add($"activate:{this.GetPrimaryKeyString()}:{_state.State.Count}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _log.Add($"deactivate:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        await _state.WriteStateAsync();
    }

    public Task<int> Increment() => Task.FromResult(++_state.State.Count);

    public Task<int> Current() => Task.FromResult(_state.State.Count);

    public Task Save() => _state.WriteStateAsync();

    public Task<string?> ETag() => Task.FromResult(_state.ETag);
}
