using Platform.Actors.Runtime;
using Platform.Actors.Timers;

namespace Platform.Actors;

/// <summary>
/// Base class of every grain. The runtime constructs it through dependency injection when the first call arrives
/// and keeps it active until it is collected, asked to deactivate, or the host stops.
/// </summary>
public abstract class Grain : IAddressable
{
    /// <summary>Called by the runtime only: the activation under construction is taken from the runtime context.</summary>
    protected Grain()
    {
        Activation = ActivationData.Constructing
            ?? throw new InvalidOperationException(
                $"{GetType().Name} was constructed outside the actor runtime. Grains are created by the runtime on their first call; get a reference with IGrainFactory.GetGrain<T>(key).");
    }

    internal ActivationData Activation { get; }

    /// <inheritdoc />
    public GrainId GrainId => Activation.GrainId;

    /// <summary>A readable identity for logs: <c>"{type}/{key}"</c>.</summary>
    public string IdentityString => Activation.GrainId.ToString();

    /// <summary>The factory for references to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    /// <summary>The host's service provider.</summary>
    protected IServiceProvider ServiceProvider => Activation.Runtime.Services;

    /// <summary>Called after the grain's persistent state is loaded and before the first call runs.</summary>
    /// <param name="cancellationToken">Cancelled when the host is stopping.</param>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the activation is about to go away; the place to write state that is kept in memory.</summary>
    /// <param name="reason">Why the activation is deactivated.</param>
    /// <param name="cancellationToken">Cancelled when the deactivation deadline passes.</param>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current call has finished.</summary>
    protected void DeactivateOnIdle() =>
        Activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>Keeps this activation from being collected for at least <paramref name="timeSpan"/>; a negative span cancels an earlier delay.</summary>
    protected void DelayDeactivation(TimeSpan timeSpan) => Activation.DelayDeactivation(timeSpan);

    /// <summary>
    /// Registers a timer whose ticks run as turns of this activation. A tick never overlaps the previous one: the
    /// next period starts when the callback has finished.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Activation.RegisterTimer(ct => callback(state, ct), options);
    }

    /// <summary>Registers a timer without state. See <see cref="RegisterGrainTimer{TState}"/>.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Activation.RegisterTimer(callback, options);
    }

    /// <summary>Registers a timer with the default options (no interleaving, ticks do not keep the activation alive).</summary>
    protected IGrainTimer RegisterGrainTimer(Func<Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Activation.RegisterTimer(_ => callback(), new GrainTimerCreationOptions(dueTime, period));
    }
}
