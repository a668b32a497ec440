using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class JekyllDateTests
{
    [Theory]
    [InlineData("2025-08-26 13:21:57 +0900", "2025-08-26T13:21:57+09:00")]
    [InlineData("2025-08-26 13:21:57 -0430", "2025-08-26T13:21:57-04:30")]
    [InlineData("2025-08-26T13:21:57+09:00", "2025-08-26T13:21:57+09:00")]
    [InlineData("2025-08-26T04:21:57Z", "2025-08-26T04:21:57+00:00")]
    [InlineData("2025-08-26T04:21:57.250Z", "2025-08-26T04:21:57.2500000+00:00")]
    [InlineData("2025-08-26 13:21:57 +09:00", "2025-08-26T13:21:57+09:00")]
    public void Dates_with_an_offset_keep_it(string text, string expected)
    {
        JekyllDate.TryParse(text, TimeZones.NewYork, out var date).Should().BeTrue();

        date.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        date.Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("2025-12-17", 2025, 12, 17, 0, 0, 0)]
    [InlineData("2025-08-26 13:21", 2025, 8, 26, 13, 21, 0)]
    [InlineData("2025-08-26 13:21:57", 2025, 8, 26, 13, 21, 57)]
    [InlineData("2025-08-26T13:21:57", 2025, 8, 26, 13, 21, 57)]
    public void Dates_without_an_offset_are_read_in_the_blogs_time_zone(string text, int y, int mo, int d, int h, int mi, int s)
    {
        JekyllDate.TryParse(text, TimeZones.Seoul, out var date).Should().BeTrue();

        date.Should().Be(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromHours(9)));
        date.Offset.Should().Be(TimeSpan.FromHours(9));
    }

    [Fact]
    public void Offset_follows_daylight_saving_time_of_the_zone_at_that_date()
    {
        JekyllDate.TryParse("2025-07-01 12:00", TimeZones.NewYork, out var summer).Should().BeTrue();
        JekyllDate.TryParse("2025-12-01 12:00", TimeZones.NewYork, out var winter).Should().BeTrue();

        summer.Offset.Should().Be(TimeSpan.FromHours(-4));
        winter.Offset.Should().Be(TimeSpan.FromHours(-5));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("2025-08-26 25:00")]
    [InlineData("2025-08-26 13:21:57 +2500")]
    [InlineData("26/08/2025")]
    [InlineData("")]
    public void Unreadable_dates_are_rejected(string text)
    {
        JekyllDate.TryParse(text, TimeZones.Seoul, out _).Should().BeFalse();
    }
}
