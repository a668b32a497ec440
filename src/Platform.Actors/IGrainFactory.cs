namespace Platform.Actors;

/// <summary>Creates references to grains. A reference activates nothing: the first call does.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain with the given key.</summary>
    /// <exception cref="ArgumentException">The key is null or empty.</exception>
    /// <exception cref="ArgumentException">No grain class implementing <typeparamref name="TGrainInterface"/> is registered.</exception>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey;
}
