using System.Collections.Concurrent;

namespace Platform.Actors.Tests.Grains;

public sealed class GrainBoomException(string message) : Exception(message);

public interface IThrowingGrain : IGrainWithStringKey
{
    Task ThrowBeforeAwait();

    Task<int> ThrowAfterAwait();

    Task<int> ThrowBeforeAwaitTyped();

    ValueTask<int> ValueTaskThrow();

    ValueTask<int> ValueTaskValue(int value);

    Task<int> Activations();
}

public sealed class ThrowingGrain : Grain, IThrowingGrain
{
    public static readonly ConcurrentDictionary<string, int> FailActivations = new();
    public static readonly ConcurrentDictionary<string, int> ActivationAttempts = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        ActivationAttempts.AddOrUpdate(key, 1, (_, n) => n + 1);
        await Task.Delay(50, cancellationToken);
        if (FailActivations.TryGetValue(key, out var remaining) && remaining > 0)
        {
            FailActivations[key] = remaining - 1;
            throw new GrainBoomException($"activation of {key} failed on purpose");
        }
    }

    public Task ThrowBeforeAwait() => throw new GrainBoomException("before await");

    public Task<int> ThrowBeforeAwaitTyped() => throw new GrainBoomException("typed before await");

    public async Task<int> ThrowAfterAwait()
    {
        await Task.Yield();
        throw new GrainBoomException("after await");
    }

    public async ValueTask<int> ValueTaskThrow()
    {
        await Task.Yield();
        throw new InvalidOperationException("value task");
    }

    public ValueTask<int> ValueTaskValue(int value) => new(value);

    public Task<int> Activations() => Task.FromResult(ActivationAttempts.GetValueOrDefault(this.GetPrimaryKeyString()));
}
