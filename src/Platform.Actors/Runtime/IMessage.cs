namespace Platform.Actors.Runtime;

/// <summary>A unit of work that runs as one turn of an activation: a grain call or a timer tick.</summary>
internal interface IMessage
{
    MessageFlags Flags { get; }

    /// <summary>True when the caller no longer waits (timed out): the turn is skipped if it has not started.</summary>
    bool IsAbandoned { get; }

    /// <summary>Starts the turn on the activation's context and returns the task that ends it.</summary>
    Task Start(ActivationData activation);

    /// <summary>The turn's task finished (successfully or not).</summary>
    void Complete(Task turn);

    /// <summary>The turn will never run (activation failed, runtime stopped).</summary>
    void Fail(Exception exception);
}
