using System.Net;

namespace Platform.Gateway.Tests.Hosting;

public sealed class ForwardedHeadersTests
{
    private static async Task<string> GetThroughAsync(GatewayFactory factory, string peer)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "unknown.example";
        request.Headers.Add(GatewayFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-Host", "demo.blogs.test");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        var response = await client.SendAsync(request);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    [Theory]
    [InlineData("198.51.100.7")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Without_configured_proxies_forwarded_headers_from_any_peer_are_ignored(string peer)
    {
        await using var factory = new GatewayFactory();
        var result = await GetThroughAsync(factory, peer);
        result.Should().StartWith("404 ").And.Contain("Page not found");
    }

    [Fact]
    public async Task Configured_proxy_is_believed_and_other_peers_are_not()
    {
        await using var factory = new ProxyFactory(("Platform:ForwardedHeaders:KnownProxies:0", "10.0.0.5"));
        (await GetThroughAsync(factory, "10.0.0.5")).Should().StartWith("200 ")
            .And.Contain("blog=demo;source=Subdomain").And.Contain("scheme=https").And.Contain("peer=203.0.113.9");
        (await GetThroughAsync(factory, "10.0.0.6")).Should().StartWith("404 ");
    }

    [Fact]
    public async Task Configured_network_is_believed_and_peers_outside_it_are_not()
    {
        await using var factory = new ProxyFactory(("Platform:ForwardedHeaders:KnownNetworks:0", "10.1.0.0/16"));
        (await GetThroughAsync(factory, "10.1.200.3")).Should().StartWith("200 ").And.Contain("host=demo.blogs.test");
        (await GetThroughAsync(factory, "10.2.0.1")).Should().StartWith("404 ");
    }

    private sealed class ProxyFactory(params (string Key, string? Value)[] settings) : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = settings.ToDictionary(s => s.Key, s => s.Value);
    }
}
