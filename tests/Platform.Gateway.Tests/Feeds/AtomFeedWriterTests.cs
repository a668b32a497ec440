using System.Xml.Linq;
using Platform.Gateway.Feeds;
using static Platform.Gateway.Tests.Feeds.FeedFixtures;

namespace Platform.Gateway.Tests.Feeds;

public sealed class AtomFeedWriterTests
{
    private static XDocument Feed(Func<Platform.Blogging.Blogs.PostEntry, string?>? html = null) =>
        ParseXml(AtomFeedWriter.Render(Document(Standard(), html)));

    private static XElement Entry(XDocument feed, string id) =>
        feed.Root!.Elements(Atom + "entry").Single(e => (string?)e.Element(Atom + "id") == FeedIds.Entry(Authority, Settings, id));

    [Fact]
    public void Feed_has_the_required_elements_in_the_atom_namespace()
    {
        var root = Feed().Root!;
        root.Name.Should().Be(Atom + "feed");
        root.Element(Atom + "id")!.Value.Should().Be("http://localhost:5000/@demo/");
        root.Element(Atom + "title")!.Value.Should().Be(Settings.Title);
        root.Element(Atom + "subtitle")!.Value.Should().Be(Settings.Description);
        root.Element(Atom + "author")!.Element(Atom + "name")!.Value.Should().Be("Kim Min-su");
        root.Element(Atom + "generator")!.Value.Should().NotBeEmpty();
        root.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be("ko");
        var links = root.Elements(Atom + "link").ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        links.Should().Equal(new Dictionary<string, string>
        {
            ["self"] = "http://localhost:5000/@demo/feed.xml",
            ["alternate"] = "http://localhost:5000/@demo/",
        });
    }

    [Fact]
    public void Feed_updated_is_the_newest_entry_change_with_its_offset()
    {
        var updated = ParseRfc3339(Feed().Root!.Element(Atom + "updated")!.Value);
        updated.Should().Be(Escapes.Date, "p2's date is later than p1's modification");
        updated.Offset.Should().Be(TimeSpan.FromHours(-5));
    }

    [Fact]
    public void Empty_feed_uses_the_fallback_date()
    {
        var fallback = new DateTimeOffset(2025, 4, 4, 4, 4, 4, TimeSpan.FromHours(2));
        var document = Document(Snapshot()) with { UpdatedFallback = fallback };
        var root = ParseXml(AtomFeedWriter.Render(document)).Root!;
        root.Elements(Atom + "entry").Should().BeEmpty();
        ParseRfc3339(root.Element(Atom + "updated")!.Value).Should().Be(fallback).And.Subject!.Value.Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Only_public_posts_are_entries_newest_first()
    {
        var ids = Feed().Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value);
        ids.Should().Equal(FeedIds.Entry(Authority, Settings, "p2"), FeedIds.Entry(Authority, Settings, "p1"));
    }

    [Fact]
    public void Entry_carries_id_title_link_dates_summary_and_categories()
    {
        var entry = Entry(Feed(), "p1");
        entry.Element(Atom + "title")!.Value.Should().Be("안녕 하세요");
        var link = entry.Element(Atom + "link")!;
        ((string)link.Attribute("rel")!, (string)link.Attribute("href")!).Should().Be(
            ("alternate", "http://localhost:5000/@demo/2025/01/%EC%95%88%EB%85%95%20%ED%95%98%EC%84%B8%EC%9A%94/"));
        var published = ParseRfc3339(entry.Element(Atom + "published")!.Value);
        (published, published.Offset).Should().Be((Hangul.Date, TimeSpan.FromHours(9)));
        ParseRfc3339(entry.Element(Atom + "updated")!.Value).Should().Be(Hangul.LastModified!.Value);
        entry.Element(Atom + "summary")!.Value.Should().Be("첫 글");
        entry.Elements(Atom + "category").Select(c => (string)c.Attribute("term")!).Should().Equal("c#", "한글", "dev / a/b");
        entry.Element(Atom + "content").Should().BeNull("no full content was given");
    }

    [Fact]
    public void Full_html_goes_into_content_of_type_html_and_round_trips()
    {
        const string Html = "<p>Hi &amp; <em>bye</em> \"q\" 😀</p>";
        var entry = Entry(Feed(p => p.Id == "p1" ? Html : null), "p1");
        var content = entry.Element(Atom + "content")!;
        ((string)content.Attribute("type")!).Should().Be("html");
        content.Value.Should().Be(Html);
        content.Elements().Should().BeEmpty("the HTML is escaped text, not markup");
    }

    [Fact]
    public void Text_with_markup_quotes_emoji_hangul_and_control_characters_round_trips_without_the_invalid_ones()
    {
        var entry = Entry(Feed(), "p2");
        entry.Element(Atom + "title")!.Value.Should().Be(TrickyClean);
        entry.Element(Atom + "summary")!.Value.Should().Be(TrickyClean);
    }

    [Fact]
    public void Tag_feed_identifies_and_links_the_tag_page()
    {
        var snapshot = Standard();
        var document = Document(snapshot) with { Items = [.. snapshot.ByTag["한글"].Select(p => new FeedItem(p))] };
        var root = ParseXml(AtomFeedWriter.RenderForTag(document, "한글")).Root!;
        root.Element(Atom + "id")!.Value.Should().Be("http://localhost:5000/@demo/tags/%ED%95%9C%EA%B8%80/");
        root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value
            .Should().Be("http://localhost:5000/@demo/tags/%ED%95%9C%EA%B8%80/feed.xml");
        root.Element(Atom + "title")!.Value.Should().Contain("한글");
        root.Elements(Atom + "entry").Should().ContainSingle();
    }

    [Fact]
    public void Blog_without_author_names_its_title_as_author()
    {
        var document = Document(Standard()) with { Blog = Settings with { Author = "" } };
        ParseXml(AtomFeedWriter.Render(document)).Root!.Element(Atom + "author")!.Element(Atom + "name")!.Value.Should().Be(Settings.Title);
    }

    [Fact]
    public void Feed_updated_counts_a_later_modification_over_a_later_publication()
    {
        var edited = Hangul with { LastModified = new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.FromHours(9)) };
        var root = ParseXml(AtomFeedWriter.Render(Document(Snapshot(edited, Escapes)))).Root!;
        ParseRfc3339(root.Element(Atom + "updated")!.Value).Should().Be(edited.LastModified!.Value);
    }

    [Fact]
    public void Writing_leaves_the_stream_open_and_appends_at_its_position()
    {
        using var stream = new MemoryStream();
        stream.WriteByte((byte)' ');
        AtomFeedWriter.Write(stream, Document(Standard()));
        stream.CanWrite.Should().BeTrue();
        stream.Position = 1;
        XDocument.Load(stream).Root!.Name.Should().Be(Atom + "feed");
    }
}
