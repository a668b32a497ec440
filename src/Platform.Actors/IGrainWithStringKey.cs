namespace Platform.Actors;

/// <summary>A grain interface whose grains are identified by a string key.</summary>
#pragma warning disable CA1040 // Marker interface, mirrors Orleans' IGrainWithStringKey.
public interface IGrainWithStringKey : IGrain;
#pragma warning restore CA1040
