namespace Platform.Actors.Runtime;

/// <summary>One item of an activation's runnable queue.</summary>
internal readonly record struct WorkItem(WorkKind Kind, object? Target, object? State);
