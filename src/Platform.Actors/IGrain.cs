namespace Platform.Actors;

/// <summary>Marker for every grain interface, as in Orleans.</summary>
#pragma warning disable CA1040 // Marker interface: the runtime finds grain interfaces by it, exactly as Orleans does.
public interface IGrain;
#pragma warning restore CA1040
