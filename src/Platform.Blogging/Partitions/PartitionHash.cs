namespace Platform.Blogging.Partitions;

/// <summary>
/// A hash of a string that never changes between processes, runtimes or releases (FNV-1a over UTF-16 code units):
/// stored partition keys are derived from it, so it is part of the storage layout.
/// </summary>
public static class PartitionHash
{
    /// <summary>The 32-bit FNV-1a hash of <paramref name="value"/>'s UTF-16 code units.</summary>
    public static uint Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * 16777619u;
            hash = (hash ^ (byte)(c >> 8)) * 16777619u;
        }

        return hash;
    }

    /// <summary>Which of <paramref name="count"/> partitions <paramref name="value"/> falls in.</summary>
    public static int Partition(string value, int count) => (int)(Of(value) % (uint)count);
}
