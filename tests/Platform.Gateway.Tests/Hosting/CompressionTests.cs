using System.IO.Compression;
using System.Net;

namespace Platform.Gateway.Tests.Hosting;

public sealed class CompressionTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Html_is_compressed_when_the_client_accepts_it(string encoding)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/@demo/");
        request.Headers.Host = "localhost";
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        (await reader.ReadToEndAsync()).Should().Contain("blog=demo;");
    }

    [Fact]
    public async Task Without_accept_encoding_html_is_sent_plain()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/@demo/");
        request.Headers.Host = "localhost";
        var response = await client.SendAsync(request);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsStringAsync()).Should().Contain("blog=demo;");
    }
}
