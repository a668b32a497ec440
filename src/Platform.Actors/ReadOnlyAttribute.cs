namespace Platform.Actors;

/// <summary>
/// This grain interface method does not change the grain's state: read-only calls interleave with each other,
/// never with a call that is not read-only.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
