using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Platform.Actors.Runtime;

namespace Platform.Actors.Diagnostics;

/// <summary>
/// The runtime's metrics, traces and logs. Instrument names follow Orleans' (<c>orleans-app-requests-latency</c>
/// becomes <c>platform-actors-app-requests-latency</c>). Tags carry grain types and method names, never grain keys.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Callers hold one telemetry object per runtime; the instruments behind it are process-wide.")]
public sealed partial class ActorsTelemetry
{
    /// <summary>The name of the runtime's <see cref="Meter"/> and <see cref="ActivitySource"/>.</summary>
    public const string Name = "Platform.Actors";

    private static readonly Meter s_meter = new(Name);
    private static readonly ActivitySource s_source = new(Name);
    private static readonly Counter<long> s_requests = s_meter.CreateCounter<long>("platform-actors-app-requests", "{call}", "Grain calls completed.");
    private static readonly Histogram<double> s_requestLatency = s_meter.CreateHistogram<double>("platform-actors-app-requests-latency", "ms", "Time from sending a grain call to its response.");
    private static readonly Counter<long> s_timeouts = s_meter.CreateCounter<long>("platform-actors-app-requests-timedout", "{call}", "Grain calls that got no response within ResponseTimeout.");
    private static readonly Counter<long> s_created = s_meter.CreateCounter<long>("platform-actors-catalog-activation-created", "{activation}", "Activations that completed activation.");
    private static readonly Counter<long> s_failed = s_meter.CreateCounter<long>("platform-actors-catalog-activation-failed", "{activation}", "Activations whose constructor, state load or OnActivateAsync failed.");
    private static readonly Counter<long> s_deactivations = s_meter.CreateCounter<long>("platform-actors-catalog-deactivations", "{activation}", "Activations deactivated, by reason.");
    private static readonly Counter<long> s_collections = s_meter.CreateCounter<long>("platform-actors-catalog-collections", "{activation}", "Idle activations the collector asked to deactivate.");
    private static readonly Histogram<double> s_readLatency = s_meter.CreateHistogram<double>("platform-actors-storage-read-latency", "ms", "Grain state reads.");
    private static readonly Histogram<double> s_writeLatency = s_meter.CreateHistogram<double>("platform-actors-storage-write-latency", "ms", "Grain state writes.");
    private static readonly Histogram<double> s_clearLatency = s_meter.CreateHistogram<double>("platform-actors-storage-clear-latency", "ms", "Grain state clears.");
    private static readonly Counter<long> s_readErrors = s_meter.CreateCounter<long>("platform-actors-storage-read-errors", "{error}", "Failed grain state reads.");
    private static readonly Counter<long> s_writeErrors = s_meter.CreateCounter<long>("platform-actors-storage-write-errors", "{error}", "Failed grain state writes.");
    private static readonly Counter<long> s_clearErrors = s_meter.CreateCounter<long>("platform-actors-storage-clear-errors", "{error}", "Failed grain state clears.");
    private static readonly Lock s_countersLock = new();
    private static readonly List<Func<int>> s_activationCounters = [];

    private readonly ILogger<ActorsTelemetry> _logger;

    static ActorsTelemetry()
    {
        s_meter.CreateObservableUpDownCounter("platform-actors-catalog-activations", ObserveAll, "{activation}", "Activations in memory.");
    }

    /// <summary>Creates the telemetry of one runtime.</summary>
    public ActorsTelemetry(ILogger<ActorsTelemetry> logger) => _logger = logger;

    internal static long StartTimestamp() => s_requestLatency.Enabled ? Stopwatch.GetTimestamp() : 0;

    internal static Activity? StartCallActivity(MethodInvoker invoker)
    {
        if (!s_source.HasListeners())
        {
            return null;
        }

        var activity = s_source.StartActivity(string.Concat(invoker.GrainType, "/", invoker.MethodName));
        activity?.SetTag("rpc.system", "platform-actors");
        activity?.SetTag("rpc.service", invoker.GrainType);
        activity?.SetTag("rpc.method", invoker.MethodName);
        return activity;
    }

    internal static void StopCallActivity(Activity? activity, Task outcome)
    {
        if (activity is null)
        {
            return;
        }

        if (!outcome.IsCompletedSuccessfully)
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome.Exception?.InnerException?.GetType().Name ?? "cancelled");
        }

        activity.Stop();
    }

    internal static void RecordCall(MethodInvoker invoker, long sentAt, bool succeeded)
    {
        if (!s_requests.Enabled && !s_requestLatency.Enabled)
        {
            return;
        }

        var tags = new TagList { { "grain.type", invoker.GrainType }, { "rpc.method", invoker.MethodName }, { "outcome", succeeded ? "ok" : "error" } };
        s_requests.Add(1, tags);
        if (sentAt != 0)
        {
            s_requestLatency.Record(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds, tags);
        }
    }

    internal static void RecordTimeout(MethodInvoker invoker) =>
        s_timeouts.Add(1, new KeyValuePair<string, object?>("grain.type", invoker.GrainType), new KeyValuePair<string, object?>("rpc.method", invoker.MethodName));

    internal void ObserveActivations(Func<int> count)
    {
        lock (s_countersLock)
        {
            s_activationCounters.Add(count);
        }
    }

    internal void StopObserving(Func<int> count)
    {
        lock (s_countersLock)
        {
            s_activationCounters.Remove(count);
        }
    }

    internal void ActivationCreated(string grainType) => s_created.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));

    internal void ActivationFailed(string grainType, GrainId id, Exception exception)
    {
        s_failed.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));
        LogActivationFailed(_logger, id.ToString(), exception);
    }

    internal void Deactivated(string grainType, DeactivationReason reason) =>
        s_deactivations.Add(1, new KeyValuePair<string, object?>("grain.type", grainType), new KeyValuePair<string, object?>("reason", reason.ReasonCode.ToString()));

    internal void Collected(int count)
    {
        if (count > 0)
        {
            s_collections.Add(count);
        }
    }

    internal void DeactivationFailed(string grainType, GrainId id, Exception exception) => LogDeactivationFailed(_logger, grainType, id.ToString(), exception);

    internal void TimerFailed(string grainType, GrainId id, Exception exception) => LogTimerFailed(_logger, grainType, id.ToString(), exception);

    internal void CallbackFailed(string grainType, GrainId id, Exception exception) => LogCallbackFailed(_logger, grainType, id.ToString(), exception);

    internal void ShutdownIncomplete(int remaining) => LogShutdownIncomplete(_logger, remaining);

    internal void StorageOperation(StorageOperation operation, string grainType, TimeSpan elapsed, bool failed)
    {
        var (latency, errors) = operation switch
        {
            Runtime.StorageOperation.Read => (s_readLatency, s_readErrors),
            Runtime.StorageOperation.Write => (s_writeLatency, s_writeErrors),
            _ => (s_clearLatency, s_clearErrors),
        };
        var tag = new KeyValuePair<string, object?>("grain.type", grainType);
        latency.Record(elapsed.TotalMilliseconds, tag);
        if (failed)
        {
            errors.Add(1, tag);
        }
    }

    private static IEnumerable<Measurement<int>> ObserveAll()
    {
        lock (s_countersLock)
        {
            return [new Measurement<int>(s_activationCounters.Sum(c => c()))];
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Activation of {GrainId} failed; its queued calls fail with the same exception")]
    private static partial void LogActivationFailed(ILogger logger, string grainId, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "OnDeactivateAsync of a {GrainType} grain ({GrainId}) failed")]
    private static partial void LogDeactivationFailed(ILogger logger, string grainType, string grainId, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "A timer tick of a {GrainType} grain ({GrainId}) failed")]
    private static partial void LogTimerFailed(ILogger logger, string grainType, string grainId, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "A continuation posted to a {GrainType} grain ({GrainId}) threw")]
    private static partial void LogCallbackFailed(ILogger logger, string grainType, string grainId, Exception exception);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Shutdown deadline passed with {Remaining} activations not yet deactivated")]
    private static partial void LogShutdownIncomplete(ILogger logger, int remaining);
}
