namespace Platform.Actors;

/// <summary>The reason handed to <see cref="Grain.OnDeactivateAsync"/>.</summary>
/// <param name="ReasonCode">The kind of reason.</param>
/// <param name="Description">A sentence for logs.</param>
/// <param name="Exception">The exception that caused it, if any.</param>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description, Exception? Exception = null)
{
    /// <inheritdoc />
    public override string ToString() => Exception is null
        ? $"{ReasonCode}: {Description}"
        : $"{ReasonCode}: {Description} ({Exception.GetType().Name}: {Exception.Message})";
}
