using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Export;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Tests.Export;

/// <summary>The post file the export writes: front matter rebuilt from the stored post, other keys kept, the body byte for byte.</summary>
public sealed class JekyllPostWriterTests
{
    private static readonly BlogSettings Seoul = new() { Name = "seoul", Title = "Seoul", TimeZone = "Asia/Seoul", PermalinkPattern = "pretty" };

    private static readonly ExportAddress Address = ExportAddress.FromBlogUrl("https://seoul.example");

    private static readonly DateTimeOffset Noon = new(2024, 3, 1, 12, 0, 0, TimeSpan.FromHours(9));

    /// <summary>A post as the platform would store <paramref name="source"/>; the permalink is the blog's pattern's unless given.</summary>
    private static ExportPost Post(
        string source,
        DateTimeOffset? date = null,
        string slug = "hello",
        string title = "Hello",
        string[]? tags = null,
        string[]? categories = null,
        PostStatus status = PostStatus.Published,
        string? permalink = null,
        string[]? former = null)
    {
        var when = date ?? Noon;
        var content = new PostContent
        {
            Source = source,
            Title = title,
            Slug = slug,
            Html = "<p>x</p>",
            Date = when,
            IsDraft = status == PostStatus.Draft,
            Tags = tags ?? [],
            Categories = categories ?? [],
        };
        var path = permalink ?? PermalinkBuilder.Build(Seoul.PermalinkPattern, new PermalinkValues(slug, when, content.Categories)).Path;
        var entry = new PostEntry { Id = "p1", Slug = slug, Permalink = path, Title = title, Date = when, Status = status, Tags = content.Tags, Categories = content.Categories };
        var document = new PostDocument("seoul", "p1", content, 1, status, when, when, 0, 0);
        return new ExportPost(entry, document, status, former ?? []);
    }

    [Fact]
    public void Other_keys_keep_their_text_and_the_body_is_kept_byte_for_byte()
    {
        const string body = "Line one.  \r\n\r\n```yaml\n---\nnot: front matter\n---\n```\r\nNo newline at the end";
        var source = "---\r\ntitle: Hello\r\ndate: 2024-03-01 12:00:00\r\nlayout: post\r\n# a comment about the theme\r\nauthor:\r\n  name: 김작가 🌸\r\n  links: [a, b]\r\ntags: [x]\r\ntoc: true\r\n---\r\n" + body;
        var file = JekyllPostWriter.Write(Post(source, tags: ["x"]), Seoul, Address);

        file.Faithful.Should().BeTrue();
        file.Path.Should().Be("_posts/2024-03-01-hello.md");
        file.Text.Should().EndWith("---\n" + body);
        file.Text.Should().Contain("layout: post\r\n# a comment about the theme\r\nauthor:\r\n  name: 김작가 🌸\r\n  links: [a, b]\r\n").And.Contain("toc: true\r\n");
        file.Text.Should().StartWith("---\ntitle: Hello\ndate: 2024-03-01 12:00:00 +09:00\nslug: hello\n");
        file.Text.Should().Contain("canonical_url: https://seoul.example/2024/03/01/hello/").And.Contain("published: true");
        file.Text.Should().NotContain("permalink:", "the blog's pattern gives the post's permalink");
    }

    [Fact]
    public void A_file_without_front_matter_keeps_all_of_it_as_the_body()
    {
        const string source = "# 제목\n\n본문.\n";
        var file = JekyllPostWriter.Write(Post(source, title: "제목", slug: "제목"), Seoul, Address);
        file.Faithful.Should().BeTrue();
        ExportZip.Body(file.Text).Should().Be(source);
        file.Path.Should().Be("_posts/2024-03-01-제목.md");
    }

    [Fact]
    public void An_alias_into_a_rewritten_key_falls_back_to_written_out_values()
    {
        var source = "---\ntitle: Hello\ntags: &t [a, b]\nkeywords: *t\n---\nBody.\n";
        var file = JekyllPostWriter.Write(Post(source, tags: ["a", "b"]), Seoul, Address);
        file.Faithful.Should().BeTrue();
        var front = FrontMatterParser.Parse(file.Text, Seoul.ResolveTimeZone()).FrontMatter;
        front.Extra["keywords"].Should().BeEquivalentTo(new object[] { "a", "b" });
        front.Tags.Should().Equal("a", "b");
    }

    [Fact]
    public void A_date_in_another_offset_is_written_in_the_blogs_zone_and_the_permalink_is_kept()
    {
        // 23:30 UTC on 2 April is 08:30 on 3 April in Seoul; the permalink was built with the UTC date.
        var utc = new DateTimeOffset(2024, 4, 2, 23, 30, 0, TimeSpan.Zero);
        var post = Post("---\ntitle: Hello\ndate: 2024-04-02 23:30:00 +00:00\n---\nx\n", date: utc);
        post.Entry.Permalink.Should().Be("/2024/04/02/hello/");
        var file = JekyllPostWriter.Write(post, Seoul, Address);
        file.Faithful.Should().BeTrue();
        file.Path.Should().Be("_posts/2024-04-03-hello.md");
        file.Text.Should().Contain("date: 2024-04-03 08:30:00 +09:00").And.Contain("permalink: /2024/04/02/hello/");
    }

    [Fact]
    public void Fractions_of_a_second_survive()
    {
        var date = new DateTimeOffset(2024, 3, 1, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567);
        var file = JekyllPostWriter.Write(Post("Body only.\n", date: date), Seoul, Address);
        file.Text.Should().Contain("date: 2024-03-01 12:04:05.1234567 +09:00");
        FrontMatterParser.Parse(file.Text, Seoul.ResolveTimeZone()).FrontMatter.Date.Should().Be(date);
    }

    [Fact]
    public void Categories_that_Jekyll_would_fill_differently_get_a_written_permalink()
    {
        var post = Post("---\ntitle: Hello\ncategories: [AI/ML, Deep Learning]\n---\nx\n", categories: ["AI/ML", "Deep Learning"]);
        post.Entry.Permalink.Should().Be("/ai-ml/deep-learning/2024/03/01/hello/");
        var file = JekyllPostWriter.Write(post, Seoul, Address);
        file.Faithful.Should().BeTrue();
        file.Text.Should().Contain("permalink: /ai-ml/deep-learning/2024/03/01/hello/");

        var simple = JekyllPostWriter.Write(Post("---\ntitle: Hello\ncategories: [일상, backend]\n---\nx\n", categories: ["일상", "backend"]), Seoul, Address);
        simple.Text.Should().NotContain("permalink:", "Jekyll lower-cases these to the same path");
    }

    [Fact]
    public void The_authors_own_permalink_is_kept_as_written()
    {
        var post = Post("---\ntitle: Hello\npermalink: /:year/:slug/\n---\nx\n", permalink: "/2024/hello/");
        var file = JekyllPostWriter.Write(post, Seoul, Address);
        file.Faithful.Should().BeTrue();
        file.Text.Should().Contain("permalink: /:year/:slug/");
    }

    [Fact]
    public void Drafts_go_to_drafts_without_a_canonical_url_and_scheduled_posts_to_posts()
    {
        var draft = JekyllPostWriter.Write(Post("---\ntitle: Hello\npublished: false\n---\nx\n", status: PostStatus.Draft), Seoul, Address);
        draft.Path.Should().Be("_drafts/hello.md");
        draft.Text.Should().Contain("draft: true").And.NotContain("published:").And.NotContain("canonical_url");
        draft.Faithful.Should().BeTrue();

        var future = new DateTimeOffset(2031, 1, 1, 9, 0, 0, TimeSpan.FromHours(9));
        var scheduled = JekyllPostWriter.Write(Post("---\ntitle: Hello\ndate: 2031-01-01 09:00\n---\nx\n", date: future, status: PostStatus.Scheduled), Seoul, Address);
        scheduled.Path.Should().Be("_posts/2031-01-01-hello.md");
        scheduled.Text.Should().Contain("published: true");
    }

    [Fact]
    public void Former_permalinks_become_redirect_from_unless_the_author_wrote_one()
    {
        var file = JekyllPostWriter.Write(Post("---\ntitle: Hello\n---\nx\n", former: ["/2024/03/01/old"]), Seoul, Address);
        file.Text.Should().Contain("redirect_from:\n- /2024/03/01/old/\n");

        var own = JekyllPostWriter.Write(Post("---\ntitle: Hello\nredirect_from: /mine/\n---\nx\n", former: ["/2024/03/01/old"]), Seoul, Address);
        own.Text.Should().Contain("redirect_from: /mine/").And.NotContain("/2024/03/01/old");
        own.Faithful.Should().BeTrue();
    }

    [Fact]
    public void A_body_with_liquid_is_written_inside_raw_so_jekyll_and_the_import_give_it_back_exactly()
    {
        const string body = "Write {{ page.title }} and {% include x.html %} literally.\n";
        var file = JekyllPostWriter.Write(Post("---\ntitle: Liquid\n---\n" + body), Seoul, Address);
        file.Text.Should().EndWith("---\n{% raw %}" + body + "{% endraw %}");
        file.Faithful.Should().BeTrue();

        var imported = Platform.Blogging.Import.Jekyll.JekyllLiquid.Render("{% raw %}" + body + "{% endraw %}", new Platform.Blogging.Import.Jekyll.LiquidContext());
        imported.Text.Should().Be(body);
        imported.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Values_that_YAML_would_misread_are_quoted()
    {
        var post = Post("---\ntitle: \"yes\"\ntags: [\"null\", \"C#\", \"a: b\", \"123\"]\n---\nx\n", title: "yes", tags: ["null", "C#", "a: b", "123"]);
        var file = JekyllPostWriter.Write(post, Seoul, Address);
        file.Faithful.Should().BeTrue();
        var front = FrontMatterParser.Parse(file.Text, Seoul.ResolveTimeZone()).FrontMatter;
        front.Title.Should().Be("yes");
        front.Tags.Should().Equal("null", "C#", "a: b", "123");
    }

    [Fact]
    public void Kramdown_posts_are_noticed()
    {
        JekyllPostWriter.Write(Post("---\ntitle: Hello\nmarkdown: kramdown\n---\nx\n"), Seoul, Address).UsesKramdown.Should().BeTrue();
        JekyllPostWriter.Write(Post("---\ntitle: Hello\n---\nx\n"), Seoul, Address).UsesKramdown.Should().BeFalse();
    }
}
