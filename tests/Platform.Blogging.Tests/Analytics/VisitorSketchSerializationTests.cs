using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Platform.Blogging.Analytics;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>
/// A sketch survives the two ways it leaves a process: Orleans messages between grains, and grain state stored as
/// JSON through <see cref="BloggingStateSerializer"/>.
/// </summary>
public sealed class VisitorSketchSerializationTests
{
    private static readonly Serializer s_orleans = new ServiceCollection()
        .AddSerializer()
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(50_000)]
    public void An_orleans_round_trip_keeps_every_register_and_the_form(int visitors)
    {
        var sketch = SplitMix64.Sketch(9, visitors);

        var copy = s_orleans.Deserialize<VisitorSketch>(s_orleans.SerializeToArray(sketch))!;

        copy.ReadRegisters().Should().Equal(sketch.ReadRegisters());
        copy.IsDense.Should().Be(sketch.IsDense);
        copy.Estimate().Should().Be(sketch.Estimate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(50_000)]
    public void A_json_round_trip_through_the_state_serializer_keeps_every_register(int visitors)
    {
        var sketch = SplitMix64.Sketch(9, visitors);
        var serializer = new BloggingStateSerializer();

        var copy = serializer.Deserialize<VisitorSketch>(serializer.Serialize(sketch));

        copy.ReadRegisters().Should().Equal(sketch.ReadRegisters());
        copy.IsDense.Should().Be(sketch.IsDense);
        copy.Estimate().Should().Be(sketch.Estimate());
        copy.Add(SplitMix64.Mix(1));
    }

    [Fact]
    public void A_small_blogs_sketch_is_small_on_the_wire_and_in_storage()
    {
        var small = SplitMix64.Sketch(3, 100);
        var full = SplitMix64.Sketch(3, 1_000_000);
        var serializer = new BloggingStateSerializer();

        s_orleans.SerializeToArray(small).Length.Should().BeLessThan(500);
        serializer.Serialize(small).ToArray().Length.Should().BeLessThan(1_000);
        s_orleans.SerializeToArray(full).Length.Should().BeLessThan(VisitorSketch.RegisterCount + 100);
        serializer.Serialize(full).ToArray().Length.Should().BeLessThan(VisitorSketch.RegisterCount * 4 / 3 + 100, "the registers are one Base64 string");
    }
}
