namespace Platform.Actors.Runtime;

/// <summary>What a runnable work item of an activation does.</summary>
internal enum WorkKind : byte
{
    Callback,
    Start,
    TurnEnded,
    Activate,
    Activated,
    Deactivate,
    Deactivated,
}
