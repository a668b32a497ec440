namespace Platform.Actors.Timers;

/// <summary>A timer registered by a grain. Disposing it stops further ticks.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the next tick is due and the period after each tick.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
