using System.Globalization;
using Platform.Gateway.Studio.Charts;

namespace Platform.Gateway.Tests.Studio;

/// <summary>The y axis: 4 to 6 ticks from 0, steps of 1, 2 or 5 times a power of ten, covering the data.</summary>
public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(120, true, new[] { 0.0, 50, 100, 150 })]
    [InlineData(1_000_000, true, new[] { 0.0, 200_000, 400_000, 600_000, 800_000, 1_000_000 })]
    [InlineData(0, true, new[] { 0.0, 1, 2, 3 })]
    [InlineData(1, true, new[] { 0.0, 1, 2, 3 })]
    [InlineData(7, true, new[] { 0.0, 2, 4, 6, 8 })]
    [InlineData(0.9, false, new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(0.03, false, new[] { 0.0, 0.01, 0.02, 0.03 })]
    public void Known_ranges_get_the_expected_ticks(double high, bool whole, double[] expected)
    {
        NiceScale.For(0, high, whole).Ticks.Should().Equal(expected);
    }

    [Fact]
    public void Any_non_negative_range_gets_four_to_six_nice_ticks_from_zero_covering_it()
    {
        var random = new Random(20240301);
        for (var i = 0; i < 5_000; i++)
        {
            var whole = i % 2 == 0;
            var high = whole ? random.Next(0, 10_000_000) : random.NextDouble() * Math.Pow(10, random.Next(-6, 9));
            var scale = NiceScale.For(0, high, whole);
            var ticks = scale.Ticks.ToList();
            var because = string.Create(CultureInfo.InvariantCulture, $"max {high}, whole {whole}, ticks {string.Join(", ", ticks)}");

            ticks.Should().HaveCountGreaterThanOrEqualTo(4, because).And.HaveCountLessThanOrEqualTo(6, because);
            ticks[0].Should().Be(0, because);
            ticks[^1].Should().BeGreaterThanOrEqualTo(high, because);
            IsNiceStep(scale.Step).Should().BeTrue(because);
            if (whole)
            {
                scale.Step.Should().BeGreaterThanOrEqualTo(1, because);
            }

            foreach (var tick in ticks)
            {
                tick.ToString("R", CultureInfo.InvariantCulture).Length.Should().BeLessThanOrEqualTo(12, because);
            }
        }
    }

    [Fact]
    public void Negative_values_extend_the_axis_below_zero_on_the_same_steps()
    {
        var scale = NiceScale.For(-12, 3, wholeNumbers: true);

        scale.Min.Should().BeLessThanOrEqualTo(-12);
        scale.Max.Should().BeGreaterThanOrEqualTo(3);
        scale.Ticks.Should().Contain(0);
        IsNiceStep(scale.Step).Should().BeTrue();
    }

    private static bool IsNiceStep(double step)
    {
        var exponent = Math.Floor(Math.Log10(step));
        var mantissa = Math.Round(step / Math.Pow(10, exponent), 9);
        return mantissa is 1 or 2 or 5;
    }
}
