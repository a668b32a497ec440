using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Platform.Gateway.Feeds;
using static Platform.Gateway.Tests.Feeds.FeedFixtures;

namespace Platform.Gateway.Tests.Feeds;

public sealed partial class RssFeedWriterTests
{
    private static XElement Channel(Func<Platform.Blogging.Blogs.PostEntry, string?>? html = null)
    {
        var root = ParseXml(RssFeedWriter.Render(Document(Standard(), html))).Root!;
        root.Name.Should().Be(XName.Get("rss"));
        ((string)root.Attribute("version")!).Should().Be("2.0");
        return root.Element("channel")!;
    }

    private static XElement Item(XElement channel, string id) =>
        channel.Elements("item").Single(i => i.Element("guid")!.Value == FeedIds.Entry(Authority, Settings, id));

    [GeneratedRegex(@"^(?<date>\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d) (?<sign>[+-])(?<h>\d\d)(?<m>\d\d)$")]
    private static partial Regex Rfc822();

    /// <summary>Parses an RFC 822 date (with a numeric zone, as the writer emits) and keeps its offset.</summary>
    private static DateTimeOffset ParseRfc822(string value)
    {
        var match = Rfc822().Match(value);
        match.Success.Should().BeTrue($"'{value}' is an RFC 822 date with a numeric zone");
        var offset = new TimeSpan(int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
        var local = DateTime.ParseExact(match.Groups["date"].Value, "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, match.Groups["sign"].Value == "-" ? -offset : offset);
    }

    [Fact]
    public void Channel_has_title_link_description_language_and_last_build_date()
    {
        var channel = Channel();
        channel.Element("title")!.Value.Should().Be(Settings.Title);
        channel.Element("link")!.Value.Should().Be("http://localhost:5000/@demo/");
        channel.Element("description")!.Value.Should().Be(Settings.Description);
        channel.Element("language")!.Value.Should().Be("ko");
        var built = ParseRfc822(channel.Element("lastBuildDate")!.Value);
        (built, built.Offset).Should().Be((Escapes.Date, TimeSpan.FromHours(-5)));
    }

    [Fact]
    public void Channel_links_itself_with_atom_link_in_the_atom_namespace()
    {
        var self = Channel().Element(Atom + "link")!;
        ((string)self.Attribute("rel")!, (string)self.Attribute("href")!).Should().Be(("self", "http://localhost:5000/@demo/rss.xml"));
    }

    [Fact]
    public void Item_guid_is_not_a_permalink_and_equals_the_atom_id()
    {
        var guid = Item(Channel(), "p1").Element("guid")!;
        ((string)guid.Attribute("isPermaLink")!).Should().Be("false");
        var atomIds = ParseXml(AtomFeedWriter.Render(Document(Standard()))).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value);
        atomIds.Should().Contain(guid.Value);
    }

    [Fact]
    public void Item_has_absolute_encoded_link_pub_date_with_offset_and_categories()
    {
        var item = Item(Channel(), "p1");
        item.Element("link")!.Value.Should().Be("http://localhost:5000/@demo/2025/01/%EC%95%88%EB%85%95%20%ED%95%98%EC%84%B8%EC%9A%94/");
        var published = ParseRfc822(item.Element("pubDate")!.Value);
        (published, published.Offset).Should().Be((Hangul.Date, TimeSpan.FromHours(9)));
        item.Elements("category").Select(c => c.Value).Should().Equal("c#", "한글", "dev / a/b");
        item.Element("description")!.Value.Should().Be("첫 글");
    }

    [Fact]
    public void Description_is_the_full_html_when_given()
    {
        const string Html = "<p>body &amp; more</p>";
        Item(Channel(p => Html), "p2").Element("description")!.Value.Should().Be(Html);
    }

    [Fact]
    public void Escaping_round_trips_and_invalid_characters_are_dropped()
    {
        var item = Item(Channel(), "p2");
        item.Element("title")!.Value.Should().Be(TrickyClean);
        var description = item.Element("description")!.Value;
        description.Should().NotContain("<", "readers take description as HTML: the plain-text excerpt is encoded for it");
        System.Net.WebUtility.HtmlDecode(description).Should().Be(TrickyClean);
    }

    [Fact]
    public void Channel_without_description_falls_back_to_the_title()
    {
        var document = Document(Standard()) with { Blog = Settings with { Description = "" } };
        ParseXml(RssFeedWriter.Render(document)).Root!.Element("channel")!.Element("description")!.Value.Should().Be(Settings.Title);
    }
}
