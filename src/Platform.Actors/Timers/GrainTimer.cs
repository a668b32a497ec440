using Platform.Actors.Runtime;

namespace Platform.Actors.Timers;

/// <summary>
/// A grain timer. A tick is queued to the activation as a turn (admitted like a call, or interleaved when the
/// options say so); the next due time is armed only after the tick's callback has finished, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer : IGrainTimer, IMessage
{
    private readonly ActivationData _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly ITimer _timer;
    private TimeSpan _period;
    private bool _tickInProgress;
    private bool _isDisposed;

    public GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        Validate(options.DueTime, nameof(options.DueTime));
        Validate(options.Period, nameof(options.Period));
        _activation = activation;
        _callback = callback;
        _period = options.Period;
        Flags = (options.Interleave ? MessageFlags.AlwaysInterleave : MessageFlags.None)
            | (options.KeepAlive ? MessageFlags.KeepAlive : MessageFlags.None);
        DueTime = options.DueTime;
        _timer = activation.Runtime.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public MessageFlags Flags { get; }

    public bool IsAbandoned
    {
        get
        {
            lock (_lock)
            {
                return _isDisposed;
            }
        }
    }

    private TimeSpan DueTime { get; }

    public void Start() => Arm(DueTime);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        Validate(dueTime, nameof(dueTime));
        Validate(period, nameof(period));
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_isDisposed, this);
            _period = period;
            if (_tickInProgress)
            {
                return;
            }
        }

        Arm(dueTime);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_isDisposed)
            {
                return;
            }

            _isDisposed = true;
        }

        _timer.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
        _activation.RemoveTimer(this);
    }

    public Task Start(ActivationData activation)
    {
        CancellationToken token;
        lock (_lock)
        {
            if (_isDisposed)
            {
                return Task.CompletedTask;
            }

            token = _disposed.Token;
        }

        try
        {
            return _callback(token);
        }
#pragma warning disable CA1031 // A tick that throws synchronously is reported like one that throws later.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromException(exception);
        }
    }

    public void Complete(Task turn)
    {
        if (turn.IsFaulted)
        {
            _activation.Runtime.Telemetry.TimerFailed(_activation.Type.TypeName, _activation.GrainId, turn.Exception!.InnerException!);
        }

        TimeSpan period;
        lock (_lock)
        {
            _tickInProgress = false;
            if (_isDisposed)
            {
                return;
            }

            period = _period;
        }

        Arm(period);
    }

    public void Fail(Exception exception)
    {
        lock (_lock)
        {
            _tickInProgress = false;
        }
    }

    private void OnDue()
    {
        lock (_lock)
        {
            if (_isDisposed || _tickInProgress)
            {
                return;
            }

            _tickInProgress = true;
        }

        if (!_activation.IsAlive || !_activation.Enqueue(this))
        {
            Dispose();
        }
    }

    private void Arm(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_lock)
        {
            if (!_isDisposed)
            {
                _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private static void Validate(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, "A timer's due time and period must be zero or more, or Timeout.InfiniteTimeSpan.");
        }
    }
}
