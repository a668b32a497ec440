using FsCheck;
using FsCheck.Fluent;
using Platform.Blogging.Analytics;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>A set of distinct visitors for property tests: the first <see cref="Count"/> hashes of <see cref="Seed"/>.</summary>
public sealed record SketchInput(ulong Seed, int Count)
{
    public IEnumerable<ulong> Hashes => SplitMix64.Sequence(Seed, Count);

    public VisitorSketch ToSketch() => SplitMix64.Sketch(Seed, Count);
}

/// <summary>
/// FsCheck generators: sizes from a handful to well past the sparse limit (so both forms and the switch between
/// them are exercised), and seeds from a small pool half the time so that inputs overlap.
/// </summary>
public static class SketchArbitraries
{
    public static Arbitrary<SketchInput> Inputs()
    {
        var seed = Gen.Frequency(
            (1, Gen.Choose(0, 3)),
            (1, Gen.Choose(0, int.MaxValue))).Select(s => (ulong)s);
        var count = Gen.Frequency(
            (4, Gen.Choose(0, 100)),
            (3, Gen.Choose(0, VisitorSketch.SparseLimit)),
            (2, Gen.Choose(VisitorSketch.SparseLimit - 50, VisitorSketch.SparseLimit + 50)),
            (1, Gen.Choose(VisitorSketch.SparseLimit, 20_000)));
        return seed.Zip(count, (s, c) => new SketchInput(s, c)).ToArbitrary();
    }
}
