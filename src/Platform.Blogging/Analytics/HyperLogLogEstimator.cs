namespace Platform.Blogging.Analytics;

/// <summary>
/// The cardinality estimate from a histogram of register values (how many registers hold each rank), so the sparse
/// and dense forms of a sketch sum the same terms in the same order and give the same estimate to the last bit.
/// </summary>
/// <remarks>
/// This is Ertl's improved raw estimator (O. Ertl, "New cardinality estimation algorithms for HyperLogLog
/// sketches", 2017) rather than the original harmonic mean with linear counting below 2.5 m: measured on this
/// sketch, the original overestimates by about 2% on average (4% at worst) between 40,000 and 50,000 visitors,
/// where it leaves linear counting, while this one stays unbiased over the whole range with the same
/// 1.04/√m error, and like linear counting is exact-ish for a handful of visitors. It needs no empirical bias
/// tables and no threshold.
/// </remarks>
internal static class HyperLogLogEstimator
{
    /// <summary>α<sub>∞</sub> = 1 / (2 ln 2), the bias constant as m grows.</summary>
    private static readonly double s_alphaInfinity = 1.0 / (2.0 * Math.Log(2.0));

    /// <summary>The estimated number of distinct values added to <paramref name="registerCount"/> registers.</summary>
    /// <param name="histogram">
    /// Entry k is the number of registers holding rank k, for k from 0 (empty) to q + 1, where q is the number of
    /// hash bits left after the register index (so q + 1 is the largest possible rank).
    /// </param>
    /// <param name="registerCount">m, the number of registers (the sum of the histogram).</param>
    public static double Estimate(ReadOnlySpan<int> histogram, int registerCount)
    {
        double m = registerCount;
        var q = histogram.Length - 2;
        if (histogram[0] == registerCount)
        {
            return 0;
        }

        // m·τ(1 − C[q+1]/m)·2^−q + Σ C[k]·2^−k for k = 1..q, by Horner's rule from k = q down.
        var z = m * Tau(1.0 - (histogram[q + 1] / m));
        for (var k = q; k >= 1; k--)
        {
            z = 0.5 * (z + histogram[k]);
        }

        z += m * Sigma(histogram[0] / m);
        return z > 0 ? s_alphaInfinity * m * m / z : double.MaxValue;
    }

    /// <summary>σ(x) = x + Σ<sub>k≥1</sub> x<sup>2<sup>k</sup></sup>·2<sup>k−1</sup>, for x &lt; 1 (the share of empty registers).</summary>
    private static double Sigma(double x)
    {
        var weight = 1.0;
        var sum = x;
        while (true)
        {
            x *= x;
            var previous = sum;
            sum += x * weight;
            weight += weight;
            if (sum == previous)
            {
                return sum;
            }
        }
    }

    /// <summary>τ(x) = (1 − x − Σ<sub>k≥1</sub> (1 − x<sup>2<sup>−k</sup></sup>)²·2<sup>−k</sup>) / 3 (x is the share of unsaturated registers).</summary>
    private static double Tau(double x)
    {
        if (x is 0.0 or 1.0)
        {
            return 0.0;
        }

        var weight = 1.0;
        var sum = 1.0 - x;
        while (true)
        {
            x = Math.Sqrt(x);
            var previous = sum;
            weight *= 0.5;
            sum -= (1.0 - x) * (1.0 - x) * weight;
            if (sum == previous)
            {
                return sum / 3.0;
            }
        }
    }
}
