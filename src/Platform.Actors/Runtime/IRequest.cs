namespace Platform.Actors.Runtime;

/// <summary>A grain call whose caller waits on <see cref="Task"/>, tracked for the response timeout.</summary>
internal interface IRequest : IMessage
{
    /// <summary>The caller's task.</summary>
    Task Task { get; }

    /// <summary>When the caller gives up (a <see cref="TimeProvider"/> timestamp), set by the tracker.</summary>
    long Deadline { get; set; }

    /// <summary>The call's trace span, when tracing is on.</summary>
    System.Diagnostics.Activity? Activity { get; set; }

    /// <summary>The tracker's bookkeeping slot.</summary>
    object? TrackerSlot { get; set; }

    /// <summary>Gives up on the call with a <see cref="TimeoutException"/>.</summary>
    void TimeOut(TimeSpan responseTimeout);
}
