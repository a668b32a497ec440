using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class WordPressDatesTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Local_and_UTC_together_keep_the_old_sites_offset_of_that_day()
    {
        var date = WordPressDates.Resolve("2024-07-01 08:00:00", "2024-07-01 12:00:00", Seoul);

        date.Should().Be(new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(-4)));
        date!.Value.Offset.Should().Be(TimeSpan.FromHours(-4), "the old site's offset wins over the blog's zone");
    }

    [Fact]
    public void A_draft_without_a_UTC_date_is_read_in_the_blogs_zone() =>
        WordPressDates.Resolve("2025-01-15 14:00:00", "0000-00-00 00:00:00", NewYork).Should().Be(new DateTimeOffset(2025, 1, 15, 14, 0, 0, TimeSpan.FromHours(-5)));

    [Fact]
    public void An_impossible_difference_falls_back_to_the_UTC_time_in_the_blogs_zone() =>
        WordPressDates.Resolve("2024-07-01 08:00:00", "2024-06-20 08:00:00", Seoul)!.Value.Should().Be(new DateTimeOffset(2024, 6, 20, 17, 0, 0, TimeSpan.FromHours(9)));

    [Theory]
    [InlineData(null, null)]
    [InlineData("0000-00-00 00:00:00", "0000-00-00 00:00:00")]
    [InlineData("yesterday", "")]
    public void No_date_at_all_is_null(string? local, string? gmt) => WordPressDates.Resolve(local, gmt, Seoul).Should().BeNull();
}
