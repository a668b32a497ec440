using Platform.Blogging.Content;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Tests.Import.Foreign;

public sealed class FrontMatterWriterTests
{
    [Fact]
    public void Values_that_look_like_YAML_stay_text_and_read_back_as_written()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var date = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(9));
        var file = new FrontMatterWriter()
            .Text("title", "Hello: \"world\" # not a comment\n---\nstill the title \\ ok")
            .Date("date", date)
            .List("tags", ["yes", "a, b", "[x]", "서울"])
            .List("categories", [])
            .Text("description", null)
            .Flag("draft", true)
            .Flag("page", false)
            .Finish("Body\n");

        var parsed = FrontMatterParser.Parse(file, zone);

        parsed.FrontMatter.Title.Should().Be("Hello: \"world\" # not a comment\n---\nstill the title \\ ok");
        parsed.FrontMatter.Date.Should().Be(date);
        parsed.FrontMatter.Date!.Value.Offset.Should().Be(TimeSpan.FromHours(9));
        parsed.FrontMatter.Tags.Should().Equal("yes", "a, b", "[x]", "서울");
        parsed.FrontMatter.Categories.Should().BeEmpty();
        parsed.FrontMatter.Draft.Should().BeTrue();
        parsed.FrontMatter.Extra.Should().NotContainKey("page");
        parsed.Body.Should().Be("Body\n");
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_escaped()
    {
        var quoted = FrontMatterWriter.Quote("a\u0001b\u2028c\ud800");
        quoted.Should().Be("\"a\\u0001b\\u2028c\\uFFFD\"");
        FrontMatterParser.Parse("---\ntitle: " + quoted + "\n---\n", TimeZoneInfo.Utc).FrontMatter.Title.Should().Be("a\u0001b\u2028c\uFFFD");
    }
}
