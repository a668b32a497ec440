using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Counters;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Tests.Pages;

public sealed class ViewCountingTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    [Fact]
    public async Task Each_browser_GET_counts_one_view_and_HEAD_bots_prefetches_and_agentless_requests_do_not()
    {
        using var client = site.Client();
        var url = "/@alpha" + Encoded(site.Permalinks["first"]);
        var before = await ViewsAsync("first");

        for (var i = 0; i < 25; i++)
        {
            (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await SendAsync(client, HttpMethod.Head, url);
        await SendAsync(client, HttpMethod.Get, url, ("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        await SendAsync(client, HttpMethod.Get, url, ("User-Agent", "facebookexternalhit/1.1"));
        await SendAsync(client, HttpMethod.Get, url, ("User-Agent", "curl"));
        await SendAsync(client, HttpMethod.Get, url, ("User-Agent", "curl/8.5.0"));
        await SendAsync(client, HttpMethod.Get, url, ("Sec-Purpose", "prefetch;prerender"));
        await SendAsync(client, HttpMethod.Get, url, ("Purpose", "prefetch"));
        using var agentless = site.CreateClient();
        await agentless.GetAsync(url);

        (await ViewsAsync("first")).Should().Be(before + 25);
    }

    [Fact]
    public async Task The_page_shows_the_view_count_including_the_current_view()
    {
        using var client = site.Client();
        var url = "/@alpha" + Encoded(site.Permalinks["second"]);
        var before = await ViewsAsync("second");

        var html = await client.GetStringAsync(url);

        html.Should().Contain($"<span class=\"views\">{before + 1} {(before + 1 == 1 ? "view" : "views")}</span>");
    }

    [Fact]
    public async Task A_like_is_a_plain_form_post_that_redirects_back_and_likes_are_rate_limited_per_client()
    {
        using var client = site.Client();
        var likeUrl = $"/@alpha/_platform/like/{site.PostIds["third"]}";

        var first = await client.PostAsync(likeUrl, null);
        first.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        first.Headers.Location!.ToString().Should().Be("/@alpha" + Encoded(site.Permalinks["third"]));
        (await client.GetStringAsync(first.Headers.Location.ToString())).Should().Contain("<span class=\"likes\">1 like</span>");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostAsync(likeUrl, null)).StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests, "five likes per minute are allowed in this fixture");
        (await client.PostAsync("/@alpha/_platform/like/unknownid", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Likes_are_limited_per_client_address_so_one_client_cannot_use_up_anothers()
    {
        using var client = site.Client();
        var likeUrl = $"/@alpha/_platform/like/{site.PostIds["second"]}";

        async Task<HttpStatusCode> LikeAsync(string peer)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, likeUrl);
            request.Headers.TryAddWithoutValidation(Platform.Gateway.Tests.Hosting.GatewayFactory.PeerHeader, peer);
            return (await client.SendAsync(request)).StatusCode;
        }

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            first.Add(await LikeAsync("203.0.113.7"));
        }

        first.Should().Equal([.. Enumerable.Repeat(HttpStatusCode.SeeOther, 5), HttpStatusCode.TooManyRequests], "five likes a minute per client in this fixture");
        (await LikeAsync("198.51.100.9")).Should().Be(HttpStatusCode.SeeOther, "another client has its own allowance");
    }

    private async Task<long> ViewsAsync(string post)
    {
        await site.Services.GetRequiredService<ViewCounter>().FlushAsync();
        var grain = site.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostGrain>(PostKey.Of("alpha", site.PostIds[post]));
        return (await grain.Read(0)).Views;
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string Encoded(string permalink) => string.Join('/', permalink.Split('/').Select(Uri.EscapeDataString));
}
