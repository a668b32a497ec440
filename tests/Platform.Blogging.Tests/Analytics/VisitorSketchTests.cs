using Platform.Blogging.Analytics;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>The register arithmetic and the sparse form's bookkeeping of <see cref="VisitorSketch"/>.</summary>
public sealed class VisitorSketchTests
{
    [Theory]
    [InlineData(0UL, 0, 51)]
    [InlineData(ulong.MaxValue, 16383, 1)]
    [InlineData(0x0002_0000_0000_0000UL, 0, 1)]
    [InlineData(0x0001_0000_0000_0000UL, 0, 2)]
    [InlineData(1UL, 0, 50)]
    [InlineData(0xFFFC_0000_0000_0001UL, 16383, 50)]
    [InlineData(0x0004_0000_0000_0000UL, 1, 51)]
    public void Split_takes_the_top_fourteen_bits_as_the_register_and_ranks_the_rest(ulong hash, int index, int rank)
    {
        VisitorSketch.Split(hash).Should().Be((index, (byte)rank));
    }

    [Fact]
    public void A_new_sketch_is_empty_stores_nothing_and_estimates_zero()
    {
        var sketch = new VisitorSketch();

        sketch.IsEmpty.Should().BeTrue();
        sketch.StoredBytes.Should().Be(0);
        sketch.Estimate().Should().Be(0);
        sketch.Merge(new VisitorSketch());
        sketch.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_register_keeps_its_highest_rank_and_rank_zero_adds_nothing()
    {
        var sketch = new VisitorSketch();
        sketch.AddRegister(7, 0);
        sketch.IsEmpty.Should().BeTrue();

        sketch.AddRegister(7, 3);
        sketch.AddRegister(7, 2);
        sketch.AddRegister(7, 5);
        sketch.AddRegister(2, 1);

        sketch.IsEmpty.Should().BeFalse();
        sketch.StoredBytes.Should().Be(2 * sizeof(uint));
        var registers = sketch.ReadRegisters();
        registers[7].Should().Be(5);
        registers[2].Should().Be(1);
        registers.Count(r => r != 0).Should().Be(2);
        sketch.Estimate().Should().Be(2);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(VisitorSketch.RegisterCount, 1)]
    [InlineData(0, VisitorSketch.MaxRank + 1)]
    public void Registers_and_ranks_out_of_range_are_refused(int index, int rank)
    {
        var sketch = new VisitorSketch();
        sketch.Invoking(s => s.AddRegister(index, (byte)rank)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_sketch_turns_dense_only_past_the_sparse_limit()
    {
        var sketch = new VisitorSketch();
        for (var i = 0; i < VisitorSketch.SparseLimit; i++)
        {
            sketch.AddRegister(i * 5 % VisitorSketch.RegisterCount, 1);
        }

        sketch.IsDense.Should().BeFalse();
        sketch.StoredBytes.Should().Be(VisitorSketch.SparseLimit * sizeof(uint));
        var estimate = sketch.Estimate();

        sketch.AddRegister(1, 1);

        sketch.IsDense.Should().BeTrue();
        sketch.StoredBytes.Should().Be(VisitorSketch.RegisterCount);
        sketch.Estimate().Should().BeGreaterThanOrEqualTo(estimate);
    }

    [Fact]
    public void Merging_two_sparse_sketches_past_the_limit_turns_dense()
    {
        var a = SplitMix64.Sketch(1, 2_000);
        var b = SplitMix64.Sketch(1_000_000, 2_000);
        a.IsDense.Should().BeFalse();

        a.Merge(b);

        a.IsDense.Should().BeTrue();
        b.IsDense.Should().BeFalse("the sketch merged from is left as it was");
        a.Estimate().Should().BeInRange(3_900, 4_100);
    }

    [Fact]
    public void A_clone_is_independent()
    {
        var sketch = SplitMix64.Sketch(5, 10);
        var clone = sketch.Clone();

        clone.Add(SplitMix64.Mix(12345));
        var dense = SplitMix64.Sketch(6, 5_000);
        var denseClone = dense.Clone();
        denseClone.AddRegister(0, VisitorSketch.MaxRank);

        sketch.Estimate().Should().Be(10);
        clone.Estimate().Should().Be(11);
        dense.ReadRegisters()[0].Should().BeLessThan(VisitorSketch.MaxRank);
    }
}
