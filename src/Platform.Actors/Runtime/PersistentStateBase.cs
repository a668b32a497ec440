namespace Platform.Actors.Runtime;

/// <summary>The runtime's view of a grain's persistent state: loaded before <c>OnActivateAsync</c>.</summary>
internal abstract class PersistentStateBase
{
    public abstract Task LoadAsync();
}
