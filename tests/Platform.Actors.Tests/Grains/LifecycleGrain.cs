using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests.Grains;

public interface ILifecycleGrain : IGrainWithStringKey
{
    Task<string> Touch();

    Task DeactivateMe();

    Task Delay(TimeSpan span);
}

/// <summary>Logs its life: "activate:key", "deactivate:key:Reason".</summary>
public sealed class LifecycleGrain(EventLog log) : Grain, ILifecycleGrain
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Add($"activate:{this.GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<string> Touch() => Task.FromResult(_instance);

    public Task DeactivateMe()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task Delay(TimeSpan span)
    {
        DelayDeactivation(span);
        return Task.CompletedTask;
    }
}

public interface IShortLivedGrain : IGrainWithStringKey
{
    Task<string> Touch();
}

/// <summary>Collected after one minute idle, whatever the runtime's default.</summary>
[CollectionAgeLimit(Minutes = 1)]
public sealed class ShortLivedGrain(EventLog log) : Grain, IShortLivedGrain
{
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<string> Touch() => Task.FromResult(IdentityString);
}
