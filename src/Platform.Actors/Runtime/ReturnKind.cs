namespace Platform.Actors.Runtime;

/// <summary>What a grain interface method returns.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}
