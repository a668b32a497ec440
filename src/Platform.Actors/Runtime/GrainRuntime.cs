using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Actors.Diagnostics;
using Platform.Actors.Hosting;
using Platform.Actors.Persistence;

namespace Platform.Actors.Runtime;

/// <summary>The runtime of one host: registry, catalog, response tracking, storage lookup and lifecycle.</summary>
internal sealed class GrainRuntime : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, IGrainStorage> _storage = new(StringComparer.Ordinal);
    private readonly Func<int> _countActivations;

    public GrainRuntime(
        IServiceProvider services,
        IOptions<ActorRuntimeOptions> options,
        TimeProvider timeProvider,
        ActorsTelemetry telemetry,
        IEnumerable<GrainRegistration> registrations)
    {
        Services = services;
        Options = options.Value;
        Options.Validate();
        TimeProvider = timeProvider;
        Telemetry = telemetry;
        Registry = new GrainTypeRegistry(registrations, services);
        Catalog = new Catalog(this);
        Tracker = new ResponseTracker(timeProvider, Options.ResponseTimeout);
        GrainFactory = new GrainFactory(this);
        foreach (var name in Registry.GrainTypes.SelectMany(t => t.States).Select(s => s.StorageName).Distinct())
        {
            _storage[name] = services.GetRequiredKeyedService<IGrainStorage>(name);
        }

        _countActivations = () => Catalog.Count;
        telemetry.ObserveActivations(_countActivations);
    }

    public IServiceProvider Services { get; }

    public ActorRuntimeOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ActorsTelemetry Telemetry { get; }

    public GrainTypeRegistry Registry { get; }

    public Catalog Catalog { get; }

    public ResponseTracker Tracker { get; }

    public IGrainFactory GrainFactory { get; }

    public CancellationToken StoppingToken => _stopping.Token;

    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>Cancelled when the host's shutdown deadline passes; bounds every <c>OnDeactivateAsync</c> during shutdown.</summary>
    public CancellationToken ShutdownDeadline { get; private set; }

    public IGrainStorage GetStorage(string name) => _storage[name];

    /// <summary>Sends a call: inline when the activation is idle, queued otherwise.</summary>
    public Task Send(GrainProxy proxy, MethodInvoker invoker, object?[]? args)
    {
        var activation = proxy.CachedActivation;
        if (activation is null || activation.Status == ActivationStatus.Invalid)
        {
            activation = Catalog.GetOrCreate(proxy.GrainId, proxy.Interface.Grain);
            proxy.CachedActivation = activation;
        }

        var sentAt = ActorsTelemetry.StartTimestamp();
        var activity = ActorsTelemetry.StartCallActivity(invoker);
        var done = activation.TryInvokeInline(invoker, args, out var started);
        if (done is not null)
        {
            ActorsTelemetry.RecordCall(invoker, sentAt, done.IsCompletedSuccessfully);
            ActorsTelemetry.StopCallActivity(activity, done);
            return done;
        }

        if (started is not null)
        {
            started.Activity = activity;
            return started.Task;
        }

        var request = invoker.CreateRequest(args);
        request.Activity = activity;
        Tracker.Register(request);
        while (!activation.Enqueue(request))
        {
            activation = Catalog.GetOrCreate(proxy.GrainId, proxy.Interface.Grain);
            proxy.CachedActivation = activation;
        }

        return request.Task;
    }

    /// <summary>Re-sends a message that waited on an activation that has since deactivated.</summary>
    public void Forward(GrainId id, GrainTypeInfo type, IMessage message)
    {
        if (message is not IRequest)
        {
            return; // Timer ticks belong to the activation that registered them.
        }

        while (!Catalog.GetOrCreate(id, type).Enqueue(message))
        {
        }
    }

    /// <summary>Deactivates every activation, in rounds (a deactivating grain may call others), until none is left or the token fires.</summary>
    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        ShutdownDeadline = cancellationToken;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The host is stopping.");
        while (Catalog.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            var all = Catalog.Snapshot();
            foreach (var activation in all)
            {
                activation.RequestDeactivation(reason);
            }

            await Task.WhenAll(all.Select(a => a.Deactivated)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void SignalStopping() => _stopping.Cancel();

    public void Dispose()
    {
        Telemetry.StopObserving(_countActivations);
        Tracker.Dispose();
        _stopping.Dispose();
    }
}
