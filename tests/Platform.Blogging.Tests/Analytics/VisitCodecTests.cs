using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Blogging.Analytics;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>The stored form of visits: what is written reads back the same, and damage is refused, never misread.</summary>
public sealed class VisitCodecTests
{
    [Property(MaxTest = 200)]
    public void Visits_read_back_as_written(NonNegativeInt[] starts, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var visits = starts.Select(s => Visit(random, s.Get)).ToList();
        var read = VisitCodec.Decode(VisitCodec.Encode(visits));
        read.Should().BeEquivalentTo(visits, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_truncated_list_is_refused()
    {
        var bytes = VisitCodec.Encode([Visit(new Random(1), 10), Visit(new Random(2), 20)]);
        var decode = () => VisitCodec.Decode(bytes[..^3]);
        decode.Should().Throw<InvalidDataException>();
        var unknown = () => VisitCodec.Decode([9, 0]);
        unknown.Should().Throw<InvalidDataException>();
        VisitCodec.Decode(null).Should().BeEmpty();
    }

    private static VisitRecord Visit(Random random, int start)
    {
        var visit = new VisitRecord
        {
            Start = start,
            Duration = random.Next(0, 7200),
            Pageviews = random.Next(1, 300),
            Entry = random.Next(0, 500),
            Exit = random.Next(0, 500),
            Source = random.Next(0, 50),
            Referrer = random.Next(0, 5000),
            UtmSource = random.Next(0, 3),
            UtmMedium = random.Next(0, 3),
            UtmCampaign = random.Next(0, 3),
            Country = random.Next(0, 250),
            Device = random.Next(0, 4),
            Browser = random.Next(0, 40),
            Os = random.Next(0, 20),
            Register = (random.Next(0, 16384) << 6) | random.Next(1, 52),
        };
        for (var i = 0; i < Math.Min(visit.Pageviews, VisitRecord.MaxPages); i++)
        {
            visit.Pages.Add(random.Next(0, 100_000));
        }

        return visit;
    }
}
