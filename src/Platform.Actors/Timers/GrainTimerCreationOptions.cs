namespace Platform.Actors.Timers;

/// <summary>Options of a grain timer, named as Orleans' <c>GrainTimerCreationOptions</c>.</summary>
public readonly record struct GrainTimerCreationOptions
{
    /// <summary>Creates options with a due time and a period.</summary>
    public GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period)
    {
        DueTime = dueTime;
        Period = period;
    }

    /// <summary>When the first tick is due; <see cref="Timeout.InfiniteTimeSpan"/> means never.</summary>
    public TimeSpan DueTime { get; init; }

    /// <summary>Time between the end of one tick and the start of the next; <see cref="Timeout.InfiniteTimeSpan"/> ticks once.</summary>
    public TimeSpan Period { get; init; }

    /// <summary>When true, ticks run even while a call is running (they interleave). Default false.</summary>
    public bool Interleave { get; init; }

    /// <summary>When true, a tick counts as activity and keeps the activation from being collected. Default false.</summary>
    public bool KeepAlive { get; init; }
}
