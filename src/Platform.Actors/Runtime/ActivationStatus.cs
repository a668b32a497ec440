namespace Platform.Actors.Runtime;

/// <summary>The life of an activation.</summary>
internal enum ActivationStatus
{
    /// <summary>In the catalog; nothing constructed yet.</summary>
    Created,

    /// <summary>Constructing, loading state, running <c>OnActivateAsync</c>; calls wait.</summary>
    Activating,

    /// <summary>Serving calls.</summary>
    Valid,

    /// <summary>Running <c>OnDeactivateAsync</c>; calls wait and are forwarded to the next activation.</summary>
    Deactivating,

    /// <summary>Gone from the catalog.</summary>
    Invalid,
}
