using Platform.Gateway.Feeds;

namespace Platform.Gateway.Tests.Feeds;

public sealed class FeedIdsTests
{
    [Fact]
    public void Entry_id_is_a_tag_uri_of_the_authority_the_blog_creation_day_and_the_post() =>
        FeedIds.Entry("Platform.Example:8080", FeedFixtures.Settings, "p1")
            .Should().Be("tag:platform.example,2024-03-06:demo/p1", "the creation day is taken in UTC");

    [Fact]
    public void Entry_id_does_not_change_with_title_permalink_or_the_host_the_reader_used()
    {
        var blog = FeedFixtures.Snapshot(FeedFixtures.Hangul).Settings;
        var renamed = FeedFixtures.Hangul with { Title = "New title", Slug = "new", Permalink = "/new/" };
        var before = new FeedDocument { Blog = blog, Urls = new("https://a.example"), IdAuthority = "platform.example", Items = [] };
        var after = before with { Urls = new("http://localhost:5000/@demo") };
        after.EntryId(renamed).Should().Be(before.EntryId(FeedFixtures.Hangul));
    }

    [Fact]
    public void Different_posts_and_blogs_get_different_ids()
    {
        var other = FeedFixtures.Settings with { Name = "other" };
        new[]
        {
            FeedIds.Entry("platform.example", FeedFixtures.Settings, "p1"),
            FeedIds.Entry("platform.example", FeedFixtures.Settings, "p2"),
            FeedIds.Entry("platform.example", other, "p1"),
        }.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Unusual_post_ids_are_encoded() =>
        FeedIds.Entry("platform.example", FeedFixtures.Settings, "a b/c").Should().EndWith(":demo/a%20b%2Fc");
}
