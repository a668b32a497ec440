using Platform.Blogging.Analytics;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>
/// Well-mixed 64-bit test hashes: the SplitMix64 generator, whose outputs for distinct counters are distinct (its
/// finaliser is a bijection), so a sequence stands for that many distinct visitors.
/// </summary>
internal static class SplitMix64
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>The mixing function alone: a bijection on 64-bit values.</summary>
    public static ulong Mix(ulong value)
    {
        var z = value;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// <paramref name="count"/> distinct hashes from <paramref name="seed"/>. Seed s + 1 gives the sequence of s
    /// shifted by one, so sequences from equal or nearby seeds overlap.
    /// </summary>
    public static IEnumerable<ulong> Sequence(ulong seed, int count)
    {
        var state = seed * Golden;
        for (var i = 0; i < count; i++)
        {
            state += Golden;
            yield return Mix(state);
        }
    }

    /// <summary>A sketch of <see cref="Sequence"/>.</summary>
    public static VisitorSketch Sketch(ulong seed, int count)
    {
        var sketch = new VisitorSketch();
        foreach (var hash in Sequence(seed, count))
        {
            sketch.Add(hash);
        }

        return sketch;
    }
}
