using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class FrontMatterParserTests
{
    private static SourceDocument Parse(string source) => FrontMatterParser.Parse(source, TimeZones.Seoul);

    [Fact]
    public void Known_keys_are_typed_and_body_follows_the_closing_delimiter()
    {
        var document = Parse("""
            ---
            title: "Hello: world"
            date: 2025-08-26 13:21:57 +0900
            last_modified_at: 2025-09-01
            permalink: /hello/
            categories: [Backend, Django]
            tags: [c#, .net]
            slug: hello-world
            description: A post
            published: true
            draft: false
            image: /img/a.png
            ---
            # Body
            """);

        var front = document.FrontMatter;
        front.Title.Should().Be("Hello: world");
        front.Date.Should().Be(new DateTimeOffset(2025, 8, 26, 13, 21, 57, TimeSpan.FromHours(9)));
        front.LastModified.Should().Be(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.FromHours(9)));
        front.Permalink.Should().Be("/hello/");
        front.Categories.Should().Equal("Backend", "Django");
        front.Tags.Should().Equal("c#", ".net");
        front.Slug.Should().Be("hello-world");
        front.Description.Should().Be("A post");
        front.Published.Should().BeTrue();
        front.Draft.Should().BeFalse();
        front.Image.Should().Be("/img/a.png");
        front.Extra.Should().BeEmpty();
        document.Body.Should().Be("# Body");
        document.BodyStartLine.Should().Be(14);
    }

    [Fact]
    public void File_without_front_matter_is_all_body()
    {
        var document = Parse("# Just markdown\n\n---\n");

        document.FrontMatter.Should().BeSameAs(FrontMatter.Empty);
        document.Body.Should().Be("# Just markdown\n\n---\n");
    }

    [Fact]
    public void Crlf_line_endings_and_byte_order_mark_are_accepted()
    {
        var document = Parse("\uFEFF---\r\ntitle: Hi\r\n---\r\nBody\r\n");

        document.FrontMatter.Title.Should().Be("Hi");
        document.Body.Should().Be("Body\r\n");
    }

    [Fact]
    public void Category_containing_a_slash_in_a_list_is_one_category()
    {
        Parse("---\ncategories: [AI/ML]\n---\n").FrontMatter.Categories.Should().Equal("AI/ML");
    }

    [Fact]
    public void Space_separated_strings_are_split_like_jekyll()
    {
        var front = Parse("---\ncategories: Backend Django\ntags: \"web  csharp\tdotnet\"\n---\n").FrontMatter;

        front.Categories.Should().Equal("Backend", "Django");
        front.Tags.Should().Equal("web", "csharp", "dotnet");
    }

    [Fact]
    public void Hangul_values_are_kept()
    {
        var front = Parse("---\ntitle: 첫 번째 글\ntags: [개발, 일상]\n---\n").FrontMatter;

        front.Title.Should().Be("첫 번째 글");
        front.Tags.Should().Equal("개발", "일상");
    }

    [Fact]
    public void Unknown_keys_are_kept_with_yaml_types()
    {
        var extra = Parse("""
            ---
            layout: post
            toc: true
            order: 3
            ratio: 1.5
            quoted: "true"
            nothing: ~
            authors: [kim, lee]
            seo: {noindex: true}
            ---
            """).FrontMatter.Extra;

        extra["layout"].Should().Be("post");
        extra["toc"].Should().Be(true);
        extra["order"].Should().Be(3L);
        extra["ratio"].Should().Be(1.5);
        extra["quoted"].Should().Be("true");
        extra["nothing"].Should().BeNull();
        extra["authors"].Should().BeAssignableTo<IReadOnlyList<object?>>().Which.Should().Equal("kim", "lee");
        extra["seo"].Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>().Which["noindex"].Should().Be(true);
    }

    [Fact]
    public void Broken_yaml_reports_line_and_column_in_the_file()
    {
        var act = () => Parse("---\ntitle: ok\ntags: [a, b\ndate: 2025-01-01\n---\nBody\n");

        var error = act.Should().Throw<ContentException>().Which;
        error.Line.Should().Be(4);
        error.Column.Should().Be(1);
        error.Field.Should().BeNull();
        error.Message.Should().Contain("line 4, column 1");
    }

    [Fact]
    public void Duplicate_keys_are_an_error_on_the_second_key()
    {
        var act = () => Parse("---\ntitle: a\ntitle: b\n---\n");

        var error = act.Should().Throw<ContentException>().Which;
        error.Line.Should().Be(3);
        error.Message.Should().Contain("line 3, column 1").And.Contain("Duplicate key");
    }

    [Fact]
    public void Empty_front_matter_block_is_empty_front_matter()
    {
        var document = Parse("---\n---\nBody\n");

        document.FrontMatter.Should().Be(FrontMatter.Empty);
        document.Body.Should().Be("Body\n");
        document.BodyStartLine.Should().Be(3);
    }

    [Fact]
    public void Bad_indentation_reports_the_exact_line_and_column()
    {
        var act = () => Parse("---\ntitle: ok\n  bad: indent\n---\n");

        var error = act.Should().Throw<ContentException>().Which;
        error.Line.Should().Be(3);
        error.Column.Should().Be(6);
        error.Message.Should().Contain("line 3, column 6");
    }

    [Fact]
    public void Unreadable_date_names_the_field_and_value()
    {
        var act = () => Parse("---\ntitle: ok\ndate: last tuesday\n---\n");

        var error = act.Should().Throw<ContentException>().Which;
        error.Field.Should().Be("date");
        error.Line.Should().Be(3);
        error.Column.Should().Be(7);
        error.Message.Should().Contain("'date'").And.Contain("'last tuesday'").And.Contain("line 3, column 7");
    }

    [Fact]
    public void Mapping_for_tags_is_a_type_error_naming_the_field()
    {
        var act = () => Parse("---\ntags: {a: b}\n---\n");

        var error = act.Should().Throw<ContentException>().Which;
        error.Field.Should().Be("tags");
        error.Line.Should().Be(2);
        error.Message.Should().Contain("'tags'").And.Contain("mapping");
    }

    [Fact]
    public void Non_boolean_draft_is_an_error_naming_the_field()
    {
        var act = () => Parse("---\ndraft: maybe\n---\n");

        act.Should().Throw<ContentException>().Which.Field.Should().Be("draft");
    }

    [Fact]
    public void List_title_is_an_error_naming_the_field()
    {
        var act = () => Parse("---\ntitle: [a, b]\n---\n");

        act.Should().Throw<ContentException>().Which.Field.Should().Be("title");
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var act = () => Parse("---\ntitle: x\n\nBody\n");

        act.Should().Throw<ContentException>().Which.Line.Should().Be(1);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        var act = () => Parse("---\n- a\n- b\n---\n");

        act.Should().Throw<ContentException>().Which.Line.Should().Be(2);
    }

    [Fact]
    public void Alias_expansion_bomb_is_refused()
    {
        var yaml = new System.Text.StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 8; level++)
        {
            yaml.Append((char)('a' + level)).Append(": &").Append((char)('a' + level)).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*" + (char)('a' + level - 1), 10)).Append("]\n");
        }

        var act = () => Parse(yaml.Append("---\n").ToString());

        act.Should().Throw<ContentException>().WithMessage("*more than*");
    }
}
