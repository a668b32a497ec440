namespace Platform.Blogging.Partitions;

/// <summary>
/// Which partitions of a fixed-size set hold data, as a bit set stored in Base64 (a few hundred bytes whatever the
/// blog's size): activation reads only those partitions.
/// </summary>
public sealed class PartitionSet
{
    private readonly byte[] _bits;

    /// <summary>An empty set of <paramref name="count"/> partitions (a multiple of 8).</summary>
    public PartitionSet(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (count % 8 != 0)
        {
            throw new ArgumentException("The partition count is a multiple of 8.", nameof(count));
        }

        _bits = new byte[count / 8];
    }

    /// <summary>The number of partitions.</summary>
    public int Count => _bits.Length * 8;

    /// <summary>Reads a stored set; null or empty is the empty set. A set stored for another count is refused.</summary>
    public static PartitionSet Parse(string? stored, int count)
    {
        var set = new PartitionSet(count);
        if (!string.IsNullOrEmpty(stored))
        {
            var bytes = Convert.FromBase64String(stored);
            if (bytes.Length != set._bits.Length)
            {
                throw new InvalidDataException($"A stored partition set has {bytes.Length * 8} partitions, not {count}.");
            }

            bytes.CopyTo(set._bits, 0);
        }

        return set;
    }

    /// <summary>Whether <paramref name="partition"/> is in the set.</summary>
    public bool Contains(int partition) => (_bits[partition >> 3] & (1 << (partition & 7))) != 0;

    /// <summary>Adds a partition; false if it was there already.</summary>
    public bool Add(int partition)
    {
        if (Contains(partition))
        {
            return false;
        }

        _bits[partition >> 3] |= (byte)(1 << (partition & 7));
        return true;
    }

    /// <summary>The partitions in the set, ascending.</summary>
    public IEnumerable<int> Members()
    {
        for (var i = 0; i < Count; i++)
        {
            if (Contains(i))
            {
                yield return i;
            }
        }
    }

    /// <summary>The stored form.</summary>
    public override string ToString() => Convert.ToBase64String(_bits);
}
