namespace Platform.Blogging.Analytics;

/// <summary>
/// The sparse form of a <see cref="VisitorSketch"/>: one <see cref="uint"/> per non-zero register, the register's
/// index in the high bits and its rank in the low 6, kept sorted by index with one entry per index.
/// </summary>
internal static class SparseEntries
{
    private const int RankBits = 6;
    private const uint RankMask = (1u << RankBits) - 1;

    /// <summary>The entry for <paramref name="rank"/> at <paramref name="index"/>.</summary>
    public static uint Pack(int index, byte rank) => ((uint)index << RankBits) | rank;

    /// <summary>The register index of an entry.</summary>
    public static int IndexOf(uint entry) => (int)(entry >> RankBits);

    /// <summary>The rank of an entry.</summary>
    public static byte RankOf(uint entry) => (byte)(entry & RankMask);

    /// <summary>
    /// Where the entry for <paramref name="index"/> is in <paramref name="entries"/>, or the bitwise complement of
    /// where it would be inserted (as <see cref="Array.BinarySearch(Array, object)"/> reports it).
    /// </summary>
    public static int Find(List<uint> entries, int index)
    {
        var low = 0;
        var high = entries.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var found = IndexOf(entries[middle]);
            if (found == index)
            {
                return middle;
            }

            if (found < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>The union of two sorted entry lists: every index of either, with the larger rank where both have it.</summary>
    public static List<uint> Union(List<uint> left, List<uint> right)
    {
        var result = new List<uint>(left.Count + right.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            var a = left[i];
            var b = right[j];
            var indexA = IndexOf(a);
            var indexB = IndexOf(b);
            if (indexA < indexB)
            {
                result.Add(a);
                i++;
            }
            else if (indexB < indexA)
            {
                result.Add(b);
                j++;
            }
            else
            {
                result.Add(Math.Max(a, b));
                i++;
                j++;
            }
        }

        for (; i < left.Count; i++)
        {
            result.Add(left[i]);
        }

        for (; j < right.Count; j++)
        {
            result.Add(right[j]);
        }

        return result;
    }
}
