using Platform.Blogging.Authoring;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Posts;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

public sealed class PostAuthoringTests
{
    [Fact]
    public async Task A_saved_post_is_indexed_under_the_blogs_permalink_pattern_with_its_html_ready()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(pattern: "/:year/:month/:title/");

        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Hello World\ndate: 2026-02-10 10:00:00 +0900\ntags: [intro, dotnet]\n---\nFirst *post*."));

        saved.Entry.Permalink.Should().Be("/2026/02/hello-world/");
        var snapshot = await host.Authoring.GetBlogAsync("demo");
        snapshot.ByPermalink.Should().ContainKey("/2026/02/hello-world");
        snapshot.Tags.Select(t => t.Tag).Should().BeEquivalentTo(["intro", "dotnet"]);
        var page = await host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", saved.Entry.Id)).Read(0);
        page.Content!.Html.Should().Contain("<em>post</em>");
        page.Content.Date.Offset.Should().Be(TimeSpan.FromHours(9));
    }

    [Fact]
    public async Task Hangul_titles_keep_Hangul_slugs_and_permalinks()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul");

        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: 안녕하세요 세계\ndate: 2026-01-05\n---\n본문입니다."));

        saved.Entry.Slug.Should().Be("안녕하세요-세계");
        saved.Entry.Permalink.Should().Contain("안녕하세요-세계");
        saved.Entry.Date.Offset.Should().Be(TimeSpan.FromHours(9), "a date without offset is read in the blog's time zone");
    }

    [Fact]
    public async Task A_generated_slug_that_is_taken_gets_a_suffix_but_an_explicit_one_is_refused()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(pattern: "none");
        await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Same\n---\none"));

        var second = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Same\n---\ntwo"));
        var explicitSlug = () => host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Other\nslug: same\n---\nthree"));

        second.Entry.Slug.Should().Be("same-2");
        (await explicitSlug.Should().ThrowAsync<SlugConflictException>()).Which.Field.Should().Be("slug");
        (await host.Authoring.GetBlogAsync("demo")).All.Should().HaveCount(2, "the refused post left nothing behind");
    }

    [Fact]
    public async Task Changing_the_permalink_keeps_the_old_one_as_a_redirect()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(pattern: "none");
        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Old Name\n---\nbody"));

        var renamed = await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, new PostSource("---\ntitle: New Name\n---\nbody"), saved.Document.Revision);

        renamed.Entry.Permalink.Should().Be("/new-name");
        var snapshot = await host.Authoring.GetBlogAsync("demo");
        snapshot.Redirects[BlogKey("/old-name")].Id.Should().Be(saved.Entry.Id);
        snapshot.ByPermalink.Should().NotContainKey("/old-name");
    }

    [Fact]
    public async Task Two_editors_from_the_same_revision_one_wins_and_the_other_gets_a_revision_mismatch()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Shared\n---\nv1"));

        var first = await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, new PostSource("---\ntitle: Shared\n---\nv2"), saved.Document.Revision);
        var second = () => host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, new PostSource("---\ntitle: Shared\n---\nv3"), saved.Document.Revision);

        var thrown = (await second.Should().ThrowAsync<RevisionMismatchException>()).Which;
        thrown.Actual.Should().Be(first.Document.Revision);
        (await host.Authoring.GetPostAsync("demo", saved.Entry.Id)).Content.Source.Should().EndWith("v2");
    }

    [Fact]
    public async Task Drafts_are_never_public()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Secret\ndraft: true\n---\nx"));
        await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Hidden\npublished: false\n---\nx"));

        var snapshot = await host.Authoring.GetBlogAsync("demo");
        snapshot.Published.Should().BeEmpty();
        snapshot.All.Should().HaveCount(2).And.OnlyContain(p => p.Status == PostStatus.Draft);
        snapshot.Tags.Should().BeEmpty();
    }

    [Fact]
    public async Task Categories_form_a_tree_with_counts_and_a_name_may_contain_a_slash()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: A\ncategories: [Backend, Django]\n---\nx"));
        await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: B\ncategories: [Backend]\n---\nx"));
        await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: C\ncategories: [AI/ML]\n---\nx"));

        var root = (await host.Authoring.GetBlogAsync("demo")).Categories;

        root.Children.Select(c => (c.Name, c.PostCount)).Should().Equal(("AI/ML", 1), ("Backend", 2));
        root.Children[1].Children.Single().Should().Match<Blogs.CategoryNode>(c => c.Name == "Django" && c.PostCount == 1);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_errors_that_name_the_problem_and_nothing_is_written()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var brokenYaml = () => host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: [unclosed\n---\nx"));
        var badDate = () => host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: T\ndate: yesterday-ish\n---\nx"));
        var tooBig = () => host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Big\n---\n" + new string('a', 1_100_000)));
        var noBlog = () => host.Authoring.CreatePostAsync("nope", new PostSource("# hi"));

        (await brokenYaml.Should().ThrowAsync<ContentException>()).Which.Line.Should().NotBeNull();
        (await badDate.Should().ThrowAsync<ContentException>()).Which.Field.Should().Be("date");
        (await tooBig.Should().ThrowAsync<ContentException>()).WithMessage("*over the limit*");
        await noBlog.Should().ThrowAsync<BlogNotFoundException>();
        (await host.Authoring.GetBlogAsync("demo")).All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_deleted_post_leaves_the_index_and_its_content_is_gone()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Gone soon\ntags: [t]\n---\nx"));

        await host.Authoring.DeletePostAsync("demo", saved.Entry.Id, saved.Document.Revision);

        (await host.Authoring.GetBlogAsync("demo")).All.Should().BeEmpty();
        var get = () => host.Authoring.GetPostAsync("demo", saved.Entry.Id);
        await get.Should().ThrowAsync<PostNotFoundException>();
    }

    private static string BlogKey(string path) => Blogs.BlogSnapshot.PermalinkKey(path);
}
