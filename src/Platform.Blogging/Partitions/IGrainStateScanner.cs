namespace Platform.Blogging.Partitions;

/// <summary>
/// Reads every stored row of one state and grain type whose key starts with a prefix, in one pass — for a grain
/// that owns many rows and loads them all at activation. Storage providers that can do this cheaply (SQLite: a range
/// of its primary key) are adapted to it by the host; without one, rows are read one by one.
/// </summary>
public interface IGrainStateScanner
{
    /// <summary>The rows, or null when the configured storage cannot scan (the caller then reads row by row).</summary>
    Task<IReadOnlyList<(string Key, IGrainState<T> State)>?> ScanAsync<T>(string stateName, string grainType, string keyPrefix);
}
