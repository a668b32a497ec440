using System.Text;
using Platform.Blogging.Import.Foreign;
using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class WxrReaderTests
{
    private static byte[] Minimal(string items) =>
        Encoding.UTF8.GetBytes($"""<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><link>https://a.example</link>{items}</channel></rss>""");

    [Fact]
    public void The_fixture_reads_with_its_channel_terms_and_items()
    {
        var channel = WxrReader.Read(ForeignFixtures.Bytes("wordpress/export.xml"));

        channel.Link.Should().Be("https://blog.example.com");
        channel.Authors.Should().Contain("minji", "이민지");
        channel.Categories["korea"].Should().Be(new WxrCategory("한국", "asia"));
        channel.Categories["food"].Name.Should().Be("음식 &amp; 맛집", "WordPress stores term names HTML-escaped; the converter decodes them");
        channel.Items.Should().HaveCount(10);
        var first = channel.Items[0];
        first.PostId.Should().Be("101");
        first.Line.Should().Be(73);
        first.Terms.Should().Contain(new WxrTerm("post_tag", "sea", "바다"));
        first.Meta["_thumbnail_id"].Should().Be("201");
        first.ApprovedComments.Should().Be(1);
        first.IsSticky.Should().BeTrue();
        first.Content.Should().StartWith("해운대에 도착했다.\n파도가 높았다.");
        channel.Items.Single(i => i.PostId == "201").AttachmentUrl.Should().Be("https://blog.example.com/wp-content/uploads/2024/03/haeundae.jpg");
    }

    [Fact]
    public void An_external_entity_is_refused_as_a_DOCTYPE_before_any_parsing()
    {
        var act = () => WxrReader.Read(ForeignFixtures.Bytes("wordpress/xxe.xml"));

        var error = act.Should().Throw<ImportFormatException>().Which;
        error.Message.Should().Contain("DOCTYPE");
        error.Message.Should().NotContain("root:", "the file named by the entity is never read");
        error.Line.Should().Be(3);
        error.Column.Should().Be(1);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss>\n<rss/>")]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- c -->\n  <!doctype rss SYSTEM \"http://attacker.example/x.dtd\"><rss/>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><rss>&lol2;</rss>")]
    public void Any_DOCTYPE_in_the_prolog_is_refused(string xml) =>
        FluentActions.Invoking(() => WxrReader.Read(Encoding.UTF8.GetBytes(xml)))
            .Should().Throw<ImportFormatException>().WithMessage("*DOCTYPE*");

    [Fact]
    public void A_DOCTYPE_the_scan_cannot_see_is_still_refused_by_the_parser()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><rss>&x;</rss>")).ToArray();

        FluentActions.Invoking(() => WxrReader.Read(utf16)).Should().Throw<ImportFormatException>().WithMessage("*not well-formed XML*DTD is prohibited*");
    }

    [Fact]
    public void An_undeclared_entity_is_refused_not_expanded() =>
        FluentActions.Invoking(() => WxrReader.Read(Minimal("<item><title>&secret;</title></item>")))
            .Should().Throw<ImportFormatException>().WithMessage("*line 1*");

    [Fact]
    public void A_DOCTYPE_like_text_inside_a_post_is_content_not_a_declaration()
    {
        var xml = Minimal(
            "<item><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[<pre><!DOCTYPE html></pre>]]></content:encoded><wp:post_id>1</wp:post_id></item>");

        WxrReader.Read(xml).Items.Single().Content.Should().Be("<pre><!DOCTYPE html></pre>");
    }

    [Fact]
    public void XML_that_is_not_well_formed_is_refused_with_its_line()
    {
        var act = () => WxrReader.Read(ForeignFixtures.Bytes("wordpress/invalid.xml"));

        var error = act.Should().Throw<ImportFormatException>().Which;
        error.Line.Should().Be(16, "the unclosed <title> of line 14 is found out at </item>");
        error.Message.Should().StartWith("The file is not well-formed XML (line 16, column").And.NotContain("Line 16, position");
    }

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "<rss>")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>", "wp namespace")]
    public void Files_that_are_not_WXR_are_refused(string xml, string reason) =>
        FluentActions.Invoking(() => WxrReader.Read(Encoding.UTF8.GetBytes(xml))).Should().Throw<ImportFormatException>().WithMessage($"*{reason}*");

    [Fact]
    public void Older_WXR_versions_read_too()
    {
        var xml = """<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.1/"><channel><item><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type></item></channel></rss>""";
        WxrReader.Read(Encoding.UTF8.GetBytes(xml)).Items.Single().PostId.Should().Be("7");
    }
}
