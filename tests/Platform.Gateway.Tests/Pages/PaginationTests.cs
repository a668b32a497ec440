using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Tests.Pages;

/// <summary>A blog with 120 public posts whose setting asks for 100 a page: every list is cut at 50 a page.</summary>
public sealed partial class PaginationTests(PaginationTests.BigBlogFactory site) : IClassFixture<PaginationTests.BigBlogFactory>
{
    public const int Posts = 120;

    [Fact]
    public async Task The_home_page_shows_at_most_50_posts_and_links_its_neighbours_with_rel_prev_and_next()
    {
        using var client = site.Client();

        var first = await client.GetStringAsync("/@big/");
        var third = await client.GetStringAsync("/@big/page/3/");

        Summaries(first).Should().HaveCount(50);
        first.Should().Contain("<a rel=\"next\" href=\"/@big/page/2/\"").And.NotContain("rel=\"prev\"");
        Summaries(third).Should().HaveCount(20);
        third.Should().Contain("<a rel=\"prev\" href=\"/@big/page/2/\"").And.NotContain("rel=\"next\"");
        (await client.GetAsync("/@big/page/4/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_archive_is_paginated_50_posts_a_page_newest_first_under_month_headings()
    {
        using var client = site.Client();

        var first = await client.GetStringAsync("/@big/archive/");
        var third = await client.GetStringAsync("/@big/archive/page/3/");

        ArchiveItems(first).Should().HaveCount(50);
        first.Should().Contain("Post 120").And.NotContain("Post 070<");
        first.Should().Contain("<a rel=\"next\" href=\"/@big/archive/page/2/\"");
        ArchiveItems(third).Should().HaveCount(20);
        third.Should().Contain("Post 001").And.Contain("<a rel=\"prev\" href=\"/@big/archive/page/2/\"");
        third.Should().Contain("<section class=\"month\"><h2>", "a page starts under its month's heading");
        (await client.GetAsync("/@big/archive/page/1/")).Headers.Location!.OriginalString.Should().Be("/@big/archive/");
        (await client.GetAsync("/@big/archive/page/4/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Category_pages_are_paginated_and_the_tree_keeps_exact_counts()
    {
        using var client = site.Client();

        var first = await client.GetStringAsync("/@big/categories/Notes/");
        var second = await client.GetStringAsync("/@big/categories/Notes/page/2/");
        var even = await client.GetStringAsync("/@big/categories/Notes/Even/");

        Summaries(first).Should().HaveCount(50);
        first.Should().Contain("<a rel=\"next\" href=\"/@big/categories/Notes/page/2/\"");
        Summaries(second).Should().HaveCount(50);
        second.Should().Contain("<a rel=\"prev\" href=\"/@big/categories/Notes/\"");
        Summaries(await client.GetStringAsync("/@big/categories/Notes/page/3/")).Should().HaveCount(20);
        Summaries(even).Should().HaveCount(50, "60 posts are under Notes › Even: 50 on page 1");
        (await client.GetStringAsync("/@big/categories/")).Should().MatchRegex(@"Even</a> <span class=""count"">60</span>");
        (await client.GetAsync("/@big/categories/Notes/page/4/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/@big/categories/Notes/page/1/")).Headers.Location!.OriginalString.Should().Be("/@big/categories/Notes/");
    }

    [Fact]
    public async Task Tag_pages_are_cut_at_50_too()
    {
        using var client = site.Client();

        Summaries(await client.GetStringAsync("/@big/tags/all/")).Should().HaveCount(50);
        Summaries(await client.GetStringAsync("/@big/tags/all/page/3/")).Should().HaveCount(20);
        (await client.GetAsync("/@big/tags/all/page/4/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Other_posts_in_the_category_and_the_neighbours_of_a_post_are_its_own()
    {
        using var client = site.Client();
        var snapshot = await site.Services.GetRequiredService<BlogAuthoring>().GetBlogAsync("big");
        var post = snapshot.Published.Single(p => p.Title == "Post 060");

        var html = await client.GetStringAsync("/@big" + post.Permalink);

        html.Should().Contain("Post 059").And.Contain("Post 061", "the older and newer posts are linked");
        html.Should().Contain("Post 120", "the newest other posts of Notes › Even are listed as related");
        html.Should().NotContain("Post 119", "posts of Notes › Odd are not related");
    }

    private static MatchCollection Summaries(string html) => SummaryPattern().Matches(html);

    private static MatchCollection ArchiveItems(string html) => ArchiveItemPattern().Matches(html);

    [GeneratedRegex("<article class=\"summary\">")]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<li><time ")]
    private static partial Regex ArchiveItemPattern();

    /// <summary>One blog with <see cref="Posts"/> posts, a day apart, alternating between two sub-categories.</summary>
    public sealed class BigBlogFactory : BlogSiteFactory
    {
        public override async Task InitializeAsync()
        {
            var authoring = Services.GetRequiredService<BlogAuthoring>();
            await authoring.CreateBlogAsync(new BlogSettings { Name = "big", Title = "Big", PostsPerPage = 100 });
            var start = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);
            for (var i = 1; i <= Posts; i++)
            {
                var date = start.AddDays(i).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
                var sub = i % 2 == 0 ? "Even" : "Odd";
                await authoring.CreatePostAsync("big", new PostSource(
                    $"---\ntitle: Post {i:000}\ndate: {date}\ncategories: [Notes, {sub}]\ntags: [all]\n---\nBody {i}."));
            }
        }
    }
}
