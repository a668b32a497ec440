using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Import;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Pages;

/// <summary>
/// A Jekyll site imported into the real gateway: its posts' old addresses (<c>.html</c>, and <c>redirect_from</c>)
/// answer 301 to the new permalinks, and another blog's paths are not affected.
/// </summary>
public sealed class JekyllRedirectPagesTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    private static string SitePath => Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", "jekyll-site");

    private async Task<string> ImportAsync()
    {
        var blog = "j" + Guid.NewGuid().ToString("N")[..10];
        await site.Services.GetRequiredService<BlogAuthoring>().CreateBlogAsync(new BlogSettings { Name = blog, Title = "Jekyll" });
        var report = await site.Services.GetRequiredService<JekyllImporter>().ImportFolderAsync(blog, SitePath);
        report.Count(ImportOutcome.Imported).Should().Be(4);
        return blog;
    }

    [Theory]
    [InlineData("/2024/02/10/first.html", "/2024/02/10/first")]
    [InlineData("/old-first/", "/2024/02/10/first")]
    [InlineData("/old-first", "/2024/02/10/first")]
    [InlineData("/travel/2024/03/01/seoul-spring.html", "/travel/2024/03/01/seoul-spring")]
    public async Task Old_jekyll_addresses_answer_301_to_the_new_permalink(string old, string permalink)
    {
        var blog = await ImportAsync();
        using var client = site.Client();

        var response = await client.GetAsync($"/@{blog}{old}");

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.Should().EndWith($"/@{blog}{permalink}");
        (await client.GetAsync($"/@{blog}{permalink}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Redirects_belong_to_their_blog_only()
    {
        await ImportAsync();
        using var client = site.Client();
        (await client.GetAsync("/@beta/old-first/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
