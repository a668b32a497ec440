using FsCheck.Xunit;
using Platform.Blogging.Analytics;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>The algebra of <see cref="VisitorSketch"/>: union laws, duplicates, and the two forms agreeing.</summary>
[Properties(Arbitrary = [typeof(SketchArbitraries)], MaxTest = 60)]
public sealed class VisitorSketchPropertyTests
{
    [Property]
    public void Merge_is_commutative(SketchInput a, SketchInput b)
    {
        var ab = a.ToSketch();
        ab.Merge(b.ToSketch());
        var ba = b.ToSketch();
        ba.Merge(a.ToSketch());

        ab.ReadRegisters().Should().Equal(ba.ReadRegisters());
        ab.Estimate().Should().Be(ba.Estimate());
    }

    [Property]
    public void Merge_is_associative(SketchInput a, SketchInput b, SketchInput c)
    {
        var left = a.ToSketch();
        left.Merge(b.ToSketch());
        left.Merge(c.ToSketch());

        var bc = b.ToSketch();
        bc.Merge(c.ToSketch());
        var right = a.ToSketch();
        right.Merge(bc);

        left.ReadRegisters().Should().Equal(right.ReadRegisters());
    }

    [Property]
    public void Merge_is_idempotent(SketchInput a)
    {
        var sketch = a.ToSketch();
        var before = sketch.ReadRegisters();
        var estimate = sketch.Estimate();

        sketch.Merge(sketch.Clone());
        sketch.Merge(sketch);

        sketch.ReadRegisters().Should().Equal(before);
        sketch.Estimate().Should().Be(estimate);
    }

    [Property]
    public void Merging_two_sketches_equals_sketching_the_union_of_their_inputs(SketchInput a, SketchInput b)
    {
        var merged = a.ToSketch();
        merged.Merge(b.ToSketch());

        var union = new VisitorSketch();
        foreach (var hash in a.Hashes.Union(b.Hashes))
        {
            union.Add(hash);
        }

        merged.ReadRegisters().Should().Equal(union.ReadRegisters());
        merged.Estimate().Should().Be(union.Estimate());
    }

    [Property]
    public void Adding_duplicates_in_any_order_changes_nothing(ulong[] values)
    {
        var hashes = values.Select(SplitMix64.Mix).ToArray();
        var once = new VisitorSketch();
        foreach (var hash in hashes.Distinct())
        {
            once.Add(hash);
        }

        var repeated = new VisitorSketch();
        foreach (var hash in hashes.Concat(hashes.Reverse()))
        {
            repeated.Add(hash);
        }

        repeated.ReadRegisters().Should().Equal(once.ReadRegisters());
        repeated.Estimate().Should().Be(once.Estimate());
        repeated.StoredBytes.Should().Be(once.StoredBytes);
    }

    [Property]
    public void The_dense_form_gives_exactly_the_estimate_of_the_sparse_form(SketchInput a)
    {
        var sketch = a.ToSketch();
        var dense = sketch.Clone();
        dense.ConvertToDense();

        dense.IsDense.Should().BeTrue();
        dense.Estimate().Should().Be(sketch.Estimate());
        dense.ReadRegisters().Should().Equal(sketch.ReadRegisters());
    }

    [Property]
    public void Adding_to_a_sketch_forced_dense_matches_adding_to_one_left_sparse(SketchInput a)
    {
        var sparse = new VisitorSketch();
        var dense = new VisitorSketch();
        dense.ConvertToDense();
        foreach (var hash in a.Hashes)
        {
            sparse.Add(hash);
            dense.Add(hash);
        }

        sparse.IsDense.Should().Be(sparse.ReadRegisters().Count(r => r != 0) > VisitorSketch.SparseLimit);
        dense.Estimate().Should().Be(sparse.Estimate());
        dense.ReadRegisters().Should().Equal(sparse.ReadRegisters());
    }

    [Property]
    public void A_tiny_count_is_estimated_as_the_number_of_registers_it_hit(SketchInput a)
    {
        var count = a.Count % 101;
        var hashes = SplitMix64.Sequence(a.Seed, count).ToArray();
        var sketch = new VisitorSketch();
        foreach (var hash in hashes)
        {
            sketch.Add(hash);
        }

        // With almost every register empty the estimator behaves like linear counting over the k occupied registers,
        // k + k²/2m + …, which is under k + 0.5 for k ≤ 100: the estimate is exactly k, and misses n only by the values
        // that landed on an occupied register (about 0.3 expected at n = 100; the deterministic ±2 check over fixed
        // seeds is in VisitorSketchAccuracyTests).
        var occupied = hashes.Select(h => VisitorSketch.Split(h).Index).Distinct().Count();
        sketch.Estimate().Should().Be(occupied).And.BeLessThanOrEqualTo(count);
    }
}
