namespace Platform.Actors.Persistence;

/// <summary>A grain's state as a storage provider sees it (Orleans' <c>IGrainState&lt;T&gt;</c>).</summary>
/// <typeparam name="T">The state type.</typeparam>
public interface IGrainState<T>
{
    /// <summary>The state value.</summary>
    T State { get; set; }

    /// <summary>The version the provider last read or wrote; null when nothing is stored.</summary>
    string? ETag { get; set; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; set; }
}
