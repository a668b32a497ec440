using System.Numerics;
using System.Text.Json.Serialization;

namespace Platform.Blogging.Analytics;

/// <summary>
/// A mergeable HyperLogLog sketch of distinct visitors with 2<sup>14</sup> registers (standard error about 0.81%).
/// A sketch starts sparse, as a sorted list of its non-zero registers (4 bytes each, so a small blog's sketch is
/// tiny), and becomes a dense array of 16,384 one-byte registers once it would hold more than
/// <see cref="SparseLimit"/> of them. Both forms give the same estimate for the same registers. Not thread-safe:
/// a grain or a single caller owns an instance.
/// </summary>
[GenerateSerializer]
[Alias("platform.VisitorSketch")]
public sealed class VisitorSketch
{
    /// <summary>p, the number of hash bits that pick a register.</summary>
    public const int Precision = 14;

    /// <summary>m = 2<sup>p</sup>, the number of registers.</summary>
    public const int RegisterCount = 1 << Precision;

    /// <summary>The largest rank: all 64 − p remaining hash bits zero, plus one.</summary>
    public const int MaxRank = 64 - Precision + 1;

    /// <summary>The most entries the sparse form holds before the sketch turns dense.</summary>
    public const int SparseLimit = 3000;

    [Id(0)]
    [JsonInclude]
    [JsonPropertyName("sparse")]
    private List<uint>? _sparse;

    [Id(1)]
    [JsonInclude]
    [JsonPropertyName("dense")]
    private byte[]? _dense;

    /// <summary>Whether no visitor has been added.</summary>
    public bool IsEmpty => _dense is null ? _sparse is null || _sparse.Count == 0 : !_dense.AsSpan().ContainsAnyExcept((byte)0);

    /// <summary>The bytes the registers take: 4 per sparse entry, or one per register once dense.</summary>
    public int StoredBytes => _dense?.Length ?? (_sparse?.Count ?? 0) * sizeof(uint);

    /// <summary>Whether the sketch holds all its registers as an array (for tests and measurement).</summary>
    internal bool IsDense => _dense is not null;

    /// <summary>
    /// The register a well-mixed 64-bit hash falls in (its top <see cref="Precision"/> bits) and its rank there: the
    /// number of leading zeros of the remaining 50 bits plus one, at most <see cref="MaxRank"/>.
    /// </summary>
    public static (int Index, byte Rank) Split(ulong hash)
    {
        var index = (int)(hash >> (64 - Precision));
        var rest = hash << Precision;
        var rank = Math.Min(BitOperations.LeadingZeroCount(rest) + 1, MaxRank);
        return (index, (byte)rank);
    }

    /// <summary>Adds a visitor by the 64-bit hash of its (salted) identifier.</summary>
    public void Add(ulong hash)
    {
        var (index, rank) = Split(hash);
        AddRegister(index, rank);
    }

    /// <summary>Raises register <paramref name="index"/> to <paramref name="rank"/> if it holds less.</summary>
    public void AddRegister(int index, byte rank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RegisterCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, (byte)MaxRank);
        if (rank == 0)
        {
            return;
        }

        if (_dense is not null)
        {
            if (rank > _dense[index])
            {
                _dense[index] = rank;
            }

            return;
        }

        _sparse ??= [];
        var position = SparseEntries.Find(_sparse, index);
        if (position >= 0)
        {
            if (rank > SparseEntries.RankOf(_sparse[position]))
            {
                _sparse[position] = SparseEntries.Pack(index, rank);
            }

            return;
        }

        _sparse.Insert(~position, SparseEntries.Pack(index, rank));
        if (_sparse.Count > SparseLimit)
        {
            ConvertToDense();
        }
    }

    /// <summary>Makes this sketch the union of itself and <paramref name="other"/> (which is left unchanged).</summary>
    public void Merge(VisitorSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            return;
        }

        if (other._dense is not null)
        {
            ConvertToDense();
            var target = _dense!;
            var source = other._dense;
            for (var i = 0; i < RegisterCount; i++)
            {
                if (source[i] > target[i])
                {
                    target[i] = source[i];
                }
            }

            return;
        }

        if (other._sparse is null || other._sparse.Count == 0)
        {
            return;
        }

        if (_dense is not null)
        {
            foreach (var entry in other._sparse)
            {
                var index = SparseEntries.IndexOf(entry);
                var rank = SparseEntries.RankOf(entry);
                if (rank > _dense[index])
                {
                    _dense[index] = rank;
                }
            }

            return;
        }

        _sparse = _sparse is null ? [.. other._sparse] : SparseEntries.Union(_sparse, other._sparse);
        if (_sparse.Count > SparseLimit)
        {
            ConvertToDense();
        }
    }

    /// <summary>The estimated number of distinct visitors added (to this sketch or any merged into it).</summary>
    public long Estimate()
    {
        Span<int> histogram = stackalloc int[MaxRank + 1];
        if (_dense is not null)
        {
            foreach (var rank in _dense)
            {
                histogram[rank]++;
            }
        }
        else
        {
            var entries = _sparse ?? [];
            histogram[0] = RegisterCount - entries.Count;
            foreach (var entry in entries)
            {
                histogram[SparseEntries.RankOf(entry)]++;
            }
        }

        var estimate = Math.Round(HyperLogLogEstimator.Estimate(histogram, RegisterCount));
        return estimate < long.MaxValue ? (long)estimate : long.MaxValue;
    }

    /// <summary>An independent copy.</summary>
    public VisitorSketch Clone() => new()
    {
        _sparse = _sparse is null ? null : [.. _sparse],
        _dense = (byte[]?)_dense?.Clone(),
    };

    /// <summary>All <see cref="RegisterCount"/> registers, whatever the form (a copy, for tests and measurement).</summary>
    internal byte[] ReadRegisters()
    {
        if (_dense is not null)
        {
            return (byte[])_dense.Clone();
        }

        var registers = new byte[RegisterCount];
        foreach (var entry in _sparse ?? [])
        {
            registers[SparseEntries.IndexOf(entry)] = SparseEntries.RankOf(entry);
        }

        return registers;
    }

    /// <summary>Moves the registers to the dense form (nothing if already dense).</summary>
    internal void ConvertToDense()
    {
        if (_dense is not null)
        {
            return;
        }

        _dense = ReadRegisters();
        _sparse = null;
    }
}
