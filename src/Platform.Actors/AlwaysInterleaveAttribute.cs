namespace Platform.Actors;

/// <summary>Calls to this grain interface method are admitted whatever else the activation is running.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;
