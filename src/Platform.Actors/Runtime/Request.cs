using Platform.Actors.Diagnostics;

namespace Platform.Actors.Runtime;

/// <summary>
/// A queued grain call. It is its own promise (a <see cref="TaskCompletionSource{TResult}"/>) to save an allocation;
/// continuations run asynchronously so a caller's code never runs inside the callee's turn.
/// </summary>
internal sealed class Request<TResult>(MethodInvoker invoker, object?[]? args)
    : TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously), IRequest
{
    private readonly long _sentAt = ActorsTelemetry.StartTimestamp();

    public MessageFlags Flags => invoker.Flags;

    public bool IsAbandoned => Task.IsCompleted;

    public long Deadline { get; set; }

    public object? TrackerSlot { get; set; }

    public System.Diagnostics.Activity? Activity { get; set; }

    Task IRequest.Task => Task;

    public Task Start(ActivationData activation) =>
        invoker.InvokeGrain(activation.GrainInstance!, args);

    public void Complete(Task turn)
    {
        bool completed;
        if (turn.IsCompletedSuccessfully)
        {
            completed = TrySetResult(turn is Task<TResult> typed ? typed.Result : default!);
        }
        else if (turn.IsCanceled)
        {
            completed = TrySetCanceled();
        }
        else
        {
            completed = TrySetException(turn.Exception!.InnerExceptions);
        }

        if (completed)
        {
            ResponseTracker.Unregister(this);
            ActorsTelemetry.RecordCall(invoker, _sentAt, turn.IsCompletedSuccessfully);
            ActorsTelemetry.StopCallActivity(Activity, turn);
        }
    }

    public void Fail(Exception exception)
    {
        if (TrySetException(exception))
        {
            ResponseTracker.Unregister(this);
            ActorsTelemetry.RecordCall(invoker, _sentAt, succeeded: false);
            ActorsTelemetry.StopCallActivity(Activity, System.Threading.Tasks.Task.FromException(exception));
        }
    }

    public void TimeOut(TimeSpan responseTimeout)
    {
        if (TrySetException(new TimeoutException(
            $"Response did not arrive on time in {responseTimeout} for {invoker.GrainType}.{invoker.MethodName}; the grain may be stuck in a call cycle or a slow operation.")))
        {
            ActorsTelemetry.RecordTimeout(invoker);
            ActorsTelemetry.StopCallActivity(Activity, Task);
        }
    }
}
