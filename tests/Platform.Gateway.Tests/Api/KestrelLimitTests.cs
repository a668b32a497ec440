using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace Platform.Gateway.Tests.Api;

/// <summary>Body limits on real Kestrel (TestServer does not enforce them), loopback on a free port.</summary>
public sealed class KestrelLimitTests
{
    [Fact]
    public async Task Kestrel_limit_refuses_large_posts_with_413_while_the_import_endpoint_takes_larger_zips()
    {
        await using var factory = new SmallKestrelFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var api = new ApiClient(factory.CreateClient());
        api.Http.BaseAddress!.Host.Should().Be("127.0.0.1");
        var (blog, owner) = await api.CreateBlogAsync();

        var post = await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown("---\ntitle: Big\n---\n" + new string('a', 8192)));
        await ApiClient.ExpectProblemAsync(post, HttpStatusCode.RequestEntityTooLarge);

        var zip = new ByteArrayContent(ImportApiTests.Zip(
            [.. Enumerable.Range(1, 9).Select(i => ($"_posts/2024-01-0{i}-p{i}.md", $"---\ntitle: P{i}\n---\n" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(600))))]));
        zip.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        zip.Headers.ContentLength.Should().BeGreaterThan(4096);
        var import = await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, zip);
        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        (await ApiClient.ReadJsonAsync(import)).GetProperty("imported").GetInt32().Should().Be(9);
    }

    private sealed class SmallKestrelFactory : AuthorApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Platform:MaxRequestBodySize", "4096");
            builder.UseSetting("Urls", "");
        }
    }
}
