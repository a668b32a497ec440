using Platform.Blogging.Authoring;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

public sealed class RedirectFromTests
{
    [Fact]
    public async Task Redirect_from_paths_of_any_saved_post_redirect_to_it_but_never_take_another_posts_permalink()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(pattern: "/:title/");
        var other = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Other\ndate: 2024-01-01\n---\nx"));
        var post = await host.Authoring.CreatePostAsync("demo", new PostSource(
            "---\ntitle: Moved\ndate: 2024-01-02\nredirect_from:\n  - /2019/05/01/moved.html\n  - https://old.example/%EC%84%9C%EC%9A%B8/\n  - /other/\n  - /tags/x/\n---\ny"));

        var blog = await host.Authoring.GetBlogAsync("demo");
        blog.TryFindRedirect("/2019/05/01/moved.html", out var a).Should().BeTrue();
        a!.Id.Should().Be(post.Entry.Id);
        blog.TryFindRedirect("/서울", out var b).Should().BeTrue();
        b!.Id.Should().Be(post.Entry.Id);
        blog.TryFindPublished("/other/", out var kept).Should().BeTrue();
        kept!.Id.Should().Be(other.Entry.Id, "another post's permalink keeps serving that post");
        blog.TryFindRedirect("/other/", out _).Should().BeFalse();
        blog.TryFindRedirect("/tags/x/", out _).Should().BeFalse();

        var second = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Second\ndate: 2024-01-03\nredirect_from: /2019/05/01/moved.html\n---\nz"));
        (await host.Authoring.GetBlogAsync("demo")).TryFindRedirect("/2019/05/01/moved.html", out var still).Should().BeTrue();
        still!.Id.Should().Be(post.Entry.Id, "a path another post already redirects from stays with it");
        second.Entry.Id.Should().NotBe(post.Entry.Id);

        await host.Authoring.DeletePostAsync("demo", post.Entry.Id, expectedRevision: null);
        (await host.Authoring.GetBlogAsync("demo")).TryFindRedirect("/2019/05/01/moved.html", out _).Should().BeFalse();
    }
}
