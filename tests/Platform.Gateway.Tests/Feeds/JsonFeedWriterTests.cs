using System.Text.Json;
using Platform.Gateway.Feeds;
using static Platform.Gateway.Tests.Feeds.FeedFixtures;

namespace Platform.Gateway.Tests.Feeds;

public sealed class JsonFeedWriterTests
{
    private static JsonDocument Feed(Func<Platform.Blogging.Blogs.PostEntry, string?>? html = null) =>
        JsonDocument.Parse(JsonFeedWriter.Render(Document(Standard(), html)));

    private static JsonElement Item(JsonDocument feed, string id) =>
        feed.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == FeedIds.Entry(Authority, Settings, id));

    [Fact]
    public void Top_level_has_the_exact_version_and_the_feed_fields()
    {
        using var feed = Feed();
        var root = feed.RootElement;
        root.GetProperty("version").GetString().Should().Be("https://jsonfeed.org/version/1.1");
        root.GetProperty("title").GetString().Should().Be(Settings.Title);
        root.GetProperty("home_page_url").GetString().Should().Be("http://localhost:5000/@demo/");
        root.GetProperty("feed_url").GetString().Should().Be("http://localhost:5000/@demo/feed.json");
        root.GetProperty("description").GetString().Should().Be(Settings.Description);
        root.GetProperty("language").GetString().Should().Be("ko");
        root.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Should().Equal("Kim Min-su");
        root.GetProperty("items").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Item_has_id_url_title_dates_with_offsets_and_tags()
    {
        using var feed = Feed();
        var item = Item(feed, "p1");
        item.GetProperty("url").GetString().Should().Be("http://localhost:5000/@demo/2025/01/%EC%95%88%EB%85%95%20%ED%95%98%EC%84%B8%EC%9A%94/");
        item.GetProperty("title").GetString().Should().Be("안녕 하세요");
        var published = ParseRfc3339(item.GetProperty("date_published").GetString()!);
        (published, published.Offset).Should().Be((Hangul.Date, TimeSpan.FromHours(9)));
        ParseRfc3339(item.GetProperty("date_modified").GetString()!).Should().Be(Hangul.LastModified!.Value);
        item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("c#", "한글");
        item.GetProperty("summary").GetString().Should().Be("첫 글");
    }

    [Fact]
    public void Every_item_has_content_html_or_content_text()
    {
        using var excerptOnly = Feed();
        foreach (var item in excerptOnly.RootElement.GetProperty("items").EnumerateArray())
        {
            item.TryGetProperty("content_text", out _).Should().BeTrue();
            item.TryGetProperty("content_html", out _).Should().BeFalse();
        }

        using var full = Feed(p => "<p>" + p.Id + " &amp; x</p>");
        Item(full, "p2").GetProperty("content_html").GetString().Should().Be("<p>p2 &amp; x</p>");
    }

    [Fact]
    public void Item_without_modification_has_no_date_modified()
    {
        using var feed = Feed();
        Item(feed, "p2").TryGetProperty("date_modified", out _).Should().BeFalse();
    }

    [Fact]
    public void Strings_round_trip_and_invalid_characters_are_dropped()
    {
        using var feed = Feed();
        Item(feed, "p2").GetProperty("title").GetString().Should().Be(TrickyClean);
    }

    [Fact]
    public void Lone_surrogates_are_dropped_instead_of_failing()
    {
        var document = Document(Standard()) with { Blog = Settings with { Title = "a\uD800b" } };
        using var feed = JsonDocument.Parse(JsonFeedWriter.Render(document));
        feed.RootElement.GetProperty("title").GetString().Should().Be("ab");
    }

    [Fact]
    public void Html_is_not_inflated_by_html_escapes_and_hangul_stays_readable()
    {
        var text = System.Text.Encoding.UTF8.GetString(JsonFeedWriter.Render(Document(Standard(), p => "<p>a+b</p>")));
        text.Should().Contain("\"content_html\":\"<p>a+b</p>\"").And.Contain("안녕 하세요");
    }
}
