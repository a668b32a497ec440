namespace Platform.Actors.Runtime;

/// <summary>
/// Fails calls whose response has not arrived within <c>ResponseTimeout</c> with a <see cref="TimeoutException"/>,
/// as Orleans does. Calls that complete synchronously are never tracked; queued calls are kept in striped sets
/// scanned by one timer.
/// </summary>
internal sealed class ResponseTracker : IDisposable
{
    private readonly Stripe[] _stripes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly long _timeoutTicks;
    private ITimer? _timer;

    public ResponseTracker(TimeProvider time, TimeSpan timeout)
    {
        _time = time;
        _timeout = timeout;
        _timeoutTicks = (long)(timeout.TotalSeconds * time.TimestampFrequency);
        _stripes = new Stripe[Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Environment.ProcessorCount * 2))];
        for (var i = 0; i < _stripes.Length; i++)
        {
            _stripes[i] = new Stripe();
        }
    }

    /// <summary>How often pending calls are checked: a tenth of the timeout, between 10 ms and 1 s.</summary>
    public TimeSpan ScanPeriod => TimeSpan.FromTicks(Math.Clamp(_timeout.Ticks / 10, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));

    public void Start() =>
        _timer ??= _time.CreateTimer(static s => ((ResponseTracker)s!).Scan(), this, ScanPeriod, ScanPeriod);

    public void Register(IRequest request)
    {
        request.Deadline = _time.GetTimestamp() + _timeoutTicks;
        var stripe = _stripes[Environment.CurrentManagedThreadId & (_stripes.Length - 1)];
        lock (stripe)
        {
            if (request.Task.IsCompleted)
            {
                return;
            }

            request.TrackerSlot = stripe;
            stripe.Add(request);
        }
    }

    public static void Unregister(IRequest request)
    {
        if (request.TrackerSlot is Stripe stripe)
        {
            lock (stripe)
            {
                stripe.Remove(request);
                request.TrackerSlot = null;
            }
        }
    }

    /// <summary>Times out every call past its deadline; returns how many.</summary>
    public int Scan()
    {
        var now = _time.GetTimestamp();
        List<IRequest>? expired = null;
        foreach (var stripe in _stripes)
        {
            lock (stripe)
            {
                foreach (var request in stripe)
                {
                    if (request.Deadline <= now)
                    {
                        (expired ??= []).Add(request);
                    }
                }

                if (expired is not null)
                {
                    foreach (var request in expired)
                    {
                        stripe.Remove(request);
                        request.TrackerSlot = null;
                    }
                }
            }
        }

        if (expired is null)
        {
            return 0;
        }

        foreach (var request in expired)
        {
            request.TimeOut(_timeout);
        }

        return expired.Count;
    }

    public void Dispose() => _timer?.Dispose();

    private sealed class Stripe : HashSet<IRequest>
    {
        public Stripe()
            : base(ReferenceEqualityComparer.Instance)
        {
        }
    }
}
