using Platform.Actors.Diagnostics;
using Platform.Actors.Persistence;
using Platform.Actors.Timers;

namespace Platform.Actors.Runtime;

/// <summary>
/// One activation of one grain: its instance, its state, and its turn scheduler.
/// </summary>
/// <remarks>
/// <para>
/// The activation is its own <see cref="SynchronizationContext"/>: while grain code runs, <c>await</c> continuations
/// are posted back here and run one at a time, so grain code is single-threaded even when calls interleave.
/// At most one thread "owns the pump" (<see cref="_executing"/>) and runs the activation's work items.
/// </para>
/// <para>
/// A call is admitted (becomes a running turn) by the rules in <see cref="CanAdmit"/>; until then it waits in
/// <see cref="_waiting"/>. A call to an idle activation runs inline on the caller's thread, so the common case
/// (a method that completes synchronously on an idle grain) costs no queueing and no thread hop.
/// </para>
/// </remarks>
internal sealed partial class ActivationData : SynchronizationContext, IThreadPoolWorkItem
{
    /// <summary>The activation whose grain is being constructed on this thread; read by <see cref="Grain"/>'s constructor.</summary>
    [ThreadStatic]
    internal static ActivationData? Constructing;

    private const int MaxItemsPerPump = 128;

    private readonly Lock _lock = new();
    private Queue<WorkItem>? _runnable;
    private Queue<IMessage>? _waiting;
    private bool _executing;
    private int _running;
    private int _runningBlocking;
    private int _runningWriters;
    private ActivationStatus _status;
    private long _lastActivity;
    private long _keepAliveUntil;
    private DeactivationReason? _pendingDeactivation;
    private List<GrainTimer>? _timers;
    private PersistentStateBase[]? _states;
    private TaskCompletionSource? _deactivated;

    public ActivationData(GrainRuntime runtime, GrainTypeInfo type, GrainId grainId)
    {
        Runtime = runtime;
        Type = type;
        GrainId = grainId;
        _lastActivity = runtime.TimeProvider.GetTimestamp();
    }

    public GrainRuntime Runtime { get; }

    public GrainTypeInfo Type { get; }

    public GrainId GrainId { get; }

    public Grain? GrainInstance { get; private set; }

    public ActivationStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Completes when the activation has been deactivated (or failed to activate).</summary>
    public Task Deactivated
    {
        get
        {
            lock (_lock)
            {
                if (_status == ActivationStatus.Invalid)
                {
                    return Task.CompletedTask;
                }

                _deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _deactivated.Task;
            }
        }
    }

    /// <summary>
    /// Tries to run a call inline on the caller's thread. Returns the grain's task when the activation was idle and
    /// the method completed synchronously; null when the call must be queued instead (or was started inline and
    /// continues asynchronously, in which case <paramref name="started"/> is its request).
    /// </summary>
    public Task? TryInvokeInline(MethodInvoker invoker, object?[]? args, out IRequest? started)
    {
        started = null;
        lock (_lock)
        {
            if (_status != ActivationStatus.Valid || _executing || _runnable is { Count: > 0 } || _waiting is { Count: > 0 }
                || _pendingDeactivation is not null || !CanAdmit(invoker.Flags))
            {
                return null;
            }

            _executing = true;
            CountStart(invoker.Flags);
            _lastActivity = Runtime.TimeProvider.GetTimestamp();
        }

        var previous = Current;
        SetSynchronizationContext(this);
        Task turn;
        try
        {
            turn = invoker.InvokeGrain(GrainInstance!, args);
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        if (turn.IsCompleted)
        {
            lock (_lock)
            {
                EndTurnUnderLock(invoker.Flags, turn);
                ReleasePumpUnderLock();
            }

            return turn;
        }

        var request = invoker.CreateRequest(args);
        Runtime.Tracker.Register(request);
        WatchTurn(request, turn);
        lock (_lock)
        {
            ReleasePumpUnderLock();
        }

        started = request;
        return null;
    }

    /// <summary>Queues a message. Returns false when the activation is gone; the caller then resolves a new one.</summary>
    public bool Enqueue(IMessage message)
    {
        lock (_lock)
        {
            switch (_status)
            {
                case ActivationStatus.Invalid:
                    return false;
                case ActivationStatus.Created:
                    _status = ActivationStatus.Activating;
                    CountStart(MessageFlags.None);
                    (_waiting ??= new Queue<IMessage>()).Enqueue(message);
                    AddRunnableUnderLock(new WorkItem(WorkKind.Activate, null, null));
                    break;
                case ActivationStatus.Valid when (message.Flags & MessageFlags.AlwaysInterleave) != 0 || Type.IsReentrant:
                    if (_pendingDeactivation is null)
                    {
                        CountStart(message.Flags);
                        AddRunnableUnderLock(new WorkItem(WorkKind.Start, message, null));
                    }
                    else
                    {
                        (_waiting ??= new Queue<IMessage>()).Enqueue(message);
                    }

                    break;
                default:
                    (_waiting ??= new Queue<IMessage>()).Enqueue(message);
                    AdmitUnderLock();
                    break;
            }

            if ((message.Flags & MessageFlags.KeepAlive) != 0)
            {
                _lastActivity = Runtime.TimeProvider.GetTimestamp();
            }
        }

        return true;
    }

    /// <summary>Asks for deactivation once no turn is running (DeactivateOnIdle, collection, shutdown, errors).</summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Invalid or ActivationStatus.Deactivating || _pendingDeactivation is not null)
            {
                return;
            }

            if (_status == ActivationStatus.Created)
            {
                _status = ActivationStatus.Invalid;
                _deactivated?.TrySetResult();
                Runtime.Catalog.Remove(this);
                return;
            }

            _pendingDeactivation = reason;
            AdmitUnderLock();
        }
    }

    /// <summary>Deactivates the activation if it has been idle for its collection age. Returns true when it asked.</summary>
    public bool TryCollect(long now, TimeSpan defaultAge)
    {
        lock (_lock)
        {
            if (_status != ActivationStatus.Valid || _running > 0 || _waiting is { Count: > 0 } || _pendingDeactivation is not null)
            {
                return false;
            }

            var age = Type.CollectionAge ?? defaultAge;
            var provider = Runtime.TimeProvider;
            if (provider.GetElapsedTime(_lastActivity, now) < age || (_keepAliveUntil != 0 && now < _keepAliveUntil))
            {
                return false;
            }

            _pendingDeactivation = new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for more than {age}.");
            AdmitUnderLock();
            return true;
        }
    }

    public void DelayDeactivation(TimeSpan timeSpan)
    {
        lock (_lock)
        {
            var provider = Runtime.TimeProvider;
            _keepAliveUntil = timeSpan <= TimeSpan.Zero
                ? 0
                : provider.GetTimestamp() + (long)(timeSpan.TotalSeconds * provider.TimestampFrequency);
        }
    }

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer(this, callback, options);
        lock (_lock)
        {
            if (_status is ActivationStatus.Invalid or ActivationStatus.Deactivating)
            {
                throw new InvalidOperationException($"Cannot register a timer on {GrainId}: the activation is deactivating.");
            }

            (_timers ??= []).Add(timer);
        }

        timer.Start();
        return timer;
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    /// <summary>Whether the activation is still running (a timer tick for a dead activation is dropped).</summary>
    internal bool IsAlive
    {
        get
        {
            lock (_lock)
            {
                return _status is ActivationStatus.Valid or ActivationStatus.Activating;
            }
        }
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_lock)
        {
            AddRunnableUnderLock(new WorkItem(WorkKind.Callback, d, state));
        }
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send to a grain activation would block its turn; use await.");

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <inheritdoc />
    public override string ToString() => $"Activation {GrainId} ({Status})";

    void IThreadPoolWorkItem.Execute()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            for (var done = 0; ; done++)
            {
                WorkItem item;
                lock (_lock)
                {
                    if (_runnable is not { Count: > 0 })
                    {
                        _executing = false;
                        return;
                    }

                    if (done == MaxItemsPerPump)
                    {
                        // Stay owner but let other activations use this thread.
                        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                        return;
                    }

                    item = _runnable.Dequeue();
                }

                Run(item);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void Run(WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkKind.Callback:
                try
                {
                    ((SendOrPostCallback)item.Target!)(item.State);
                }
#pragma warning disable CA1031 // An exception escaping a posted callback (async void in a grain) is logged, not allowed to kill the pump.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    Runtime.Telemetry.CallbackFailed(Type.TypeName, GrainId, exception);
                }

                break;
            case WorkKind.Start:
                StartTurn((IMessage)item.Target!);
                break;
            case WorkKind.TurnEnded:
                EndTurn((IMessage)item.Target!, (Task)item.State!);
                break;
            case WorkKind.Activate:
                WatchLifecycle(ActivateAsync(), WorkKind.Activated);
                break;
            case WorkKind.Activated:
                EndActivation((Task)item.State!);
                break;
            case WorkKind.Deactivate:
                WatchLifecycle(DeactivateAsync((DeactivationReason)item.State!), WorkKind.Deactivated);
                break;
            case WorkKind.Deactivated:
                EndDeactivation();
                break;
        }
    }

    private void StartTurn(IMessage message)
    {
        if (message.IsAbandoned)
        {
            lock (_lock)
            {
                CountEnd(message.Flags);
                AdmitUnderLock();
            }

            return;
        }

        var turn = message.Start(this);
        if (turn.IsCompleted)
        {
            EndTurn(message, turn);
        }
        else
        {
            WatchTurn(message, turn);
        }
    }

    private void WatchTurn(IMessage message, Task turn) =>
        turn.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() =>
        {
            lock (_lock)
            {
                AddRunnableUnderLock(new WorkItem(WorkKind.TurnEnded, message, turn));
            }
        });

    private void EndTurn(IMessage message, Task turn)
    {
        lock (_lock)
        {
            EndTurnUnderLock(message.Flags, turn);
        }

        message.Complete(turn);
    }

    private void EndTurnUnderLock(MessageFlags flags, Task turn)
    {
        CountEnd(flags);
        if ((flags & MessageFlags.KeepAlive) != 0)
        {
            _lastActivity = Runtime.TimeProvider.GetTimestamp();
        }

        if (turn.IsFaulted && turn.Exception!.InnerException is InconsistentStateException inconsistent && _pendingDeactivation is null)
        {
            _pendingDeactivation = new DeactivationReason(
                DeactivationReasonCode.ApplicationError, "An InconsistentStateException escaped a grain call; state will be reloaded.", inconsistent);
        }

        AdmitUnderLock();
    }

    private void WatchLifecycle(Task step, WorkKind next)
    {
        if (step.IsCompleted)
        {
            Run(new WorkItem(next, null, step));
            return;
        }

        step.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() =>
        {
            lock (_lock)
            {
                AddRunnableUnderLock(new WorkItem(next, null, step));
            }
        });
    }

    private async Task ActivateAsync()
    {
        var states = new object?[Type.States.Count];
        _states = new PersistentStateBase[states.Length];
        for (var i = 0; i < states.Length; i++)
        {
            var spec = Type.States[i];
            var storage = Runtime.GetStorage(spec.StorageName);
            _states[i] = spec.Create(storage, this);
            states[i] = _states[i];
        }

        Constructing = this;
        try
        {
            GrainInstance = (Grain)Type.Constructor(Runtime.Services, states);
        }
        finally
        {
            Constructing = null;
        }

        foreach (var state in _states)
        {
            await state.LoadAsync();
        }

        await GrainInstance.OnActivateAsync(Runtime.StoppingToken);
    }

    private void EndActivation(Task activation)
    {
        if (activation.IsCompletedSuccessfully)
        {
            lock (_lock)
            {
                _status = ActivationStatus.Valid;
                CountEnd(MessageFlags.None);
                AdmitUnderLock();
            }

            Runtime.Telemetry.ActivationCreated(Type.TypeName);
            return;
        }

        var exception = activation.Exception?.InnerException ?? new OperationCanceledException("Activation was cancelled.");
        List<IMessage> failed;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            CountEnd(MessageFlags.None);
            failed = DrainWaitingUnderLock();
            _deactivated?.TrySetResult();
        }

        Runtime.Catalog.Remove(this);
        DisposeTimers();
        Runtime.Telemetry.ActivationFailed(Type.TypeName, GrainId, exception);
        foreach (var message in failed)
        {
            message.Fail(exception);
        }
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        DisposeTimers();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Runtime.ShutdownDeadline);
        deadline.CancelAfter(Runtime.Options.DeactivationTimeout);
        try
        {
            await GrainInstance!.OnDeactivateAsync(reason, deadline.Token);
        }
#pragma warning disable CA1031 // A failing OnDeactivateAsync must not keep the activation (or the host's shutdown) alive.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Runtime.Telemetry.DeactivationFailed(Type.TypeName, GrainId, exception);
        }

        Runtime.Telemetry.Deactivated(Type.TypeName, reason);
    }

    private void EndDeactivation()
    {
        List<IMessage> held;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            CountEnd(MessageFlags.None);
            held = DrainWaitingUnderLock();
            _deactivated?.TrySetResult();
        }

        Runtime.Catalog.Remove(this);
        foreach (var message in held)
        {
            Runtime.Forward(GrainId, Type, message);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            if (_timers is not { Count: > 0 })
            {
                return;
            }

            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }

    private List<IMessage> DrainWaitingUnderLock()
    {
        var drained = new List<IMessage>(_waiting?.Count ?? 0);
        while (_waiting is { Count: > 0 })
        {
            drained.Add(_waiting.Dequeue());
        }

        return drained;
    }

    /// <summary>Moves waiting messages (or a pending deactivation) to the runnable queue as the rules allow.</summary>
    private void AdmitUnderLock()
    {
        if (_status != ActivationStatus.Valid)
        {
            return;
        }

        if (_pendingDeactivation is { } reason)
        {
            if (_running == 0)
            {
                _status = ActivationStatus.Deactivating;
                _pendingDeactivation = null;
                CountStart(MessageFlags.None);
                AddRunnableUnderLock(new WorkItem(WorkKind.Deactivate, null, reason));
            }

            return;
        }

        while (_waiting is { Count: > 0 })
        {
            var next = _waiting.Peek();
            if (next.IsAbandoned)
            {
                _waiting.Dequeue();
                continue;
            }

            if (!CanAdmit(next.Flags))
            {
                return;
            }

            _waiting.Dequeue();
            CountStart(next.Flags);
            AddRunnableUnderLock(new WorkItem(WorkKind.Start, next, null));
        }
    }

    /// <summary>The admission rules: reentrant classes and always-interleave calls always; read-only calls beside read-only calls; otherwise one turn at a time.</summary>
    private bool CanAdmit(MessageFlags flags)
    {
        if (Type.IsReentrant || (flags & MessageFlags.AlwaysInterleave) != 0)
        {
            return true;
        }

        return (flags & MessageFlags.ReadOnly) != 0 ? _runningWriters == 0 : _runningBlocking == 0;
    }

    private void CountStart(MessageFlags flags)
    {
        _running++;
        if ((flags & MessageFlags.AlwaysInterleave) == 0)
        {
            _runningBlocking++;
            if ((flags & MessageFlags.ReadOnly) == 0)
            {
                _runningWriters++;
            }
        }
    }

    private void CountEnd(MessageFlags flags)
    {
        _running--;
        if ((flags & MessageFlags.AlwaysInterleave) == 0)
        {
            _runningBlocking--;
            if ((flags & MessageFlags.ReadOnly) == 0)
            {
                _runningWriters--;
            }
        }
    }

    private void AddRunnableUnderLock(WorkItem item)
    {
        (_runnable ??= new Queue<WorkItem>()).Enqueue(item);
        if (!_executing)
        {
            _executing = true;
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    private void ReleasePumpUnderLock()
    {
        if (_runnable is { Count: > 0 })
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        else
        {
            _executing = false;
        }
    }
}
