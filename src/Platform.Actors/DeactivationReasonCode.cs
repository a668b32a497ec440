namespace Platform.Actors;

/// <summary>Why an activation is deactivated. Values mirror Orleans' codes that apply in one process.</summary>
public enum DeactivationReasonCode
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>The host is stopping.</summary>
    ShuttingDown,

    /// <summary>Activation failed (constructor, state load or <c>OnActivateAsync</c> threw).</summary>
    ActivationFailed,

    /// <summary>The grain asked for it (<c>DeactivateOnIdle</c>).</summary>
    ApplicationRequested,

    /// <summary>The activation was idle longer than its collection age.</summary>
    ActivationIdle,

    /// <summary>A grain call failed in a way that leaves the activation unusable (an escaped <c>InconsistentStateException</c>).</summary>
    ApplicationError,
}
