using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class AttachmentHostsTests
{
    private readonly AttachmentHosts _hosts = new(["https://Blog.Example.com", "http://media.example.com/wp", null, "ftp://files.example.com", "not a url"]);

    [Theory]
    [InlineData("https://blog.example.com/wp-content/uploads/a.jpg")]
    [InlineData("http://BLOG.example.com./wp-content/uploads/a.jpg")]
    [InlineData("https://media.example.com:8443/x.png")]
    public void URLs_on_the_exports_own_hosts_are_allowed(string url) => _hosts.Refusal(url).Should().BeNull();

    [Theory]
    [InlineData("https://cdn.elsewhere.example/a.jpg", "not the export's own")]
    [InlineData("https://evil.blog.example.com/a.jpg", "not the export's own")]
    [InlineData("https://blog.example.com.evil.example/a.jpg", "not the export's own")]
    [InlineData("ftp://files.example.com/a.jpg", "http or https")]
    [InlineData("file:///etc/passwd", "http or https")]
    [InlineData("/wp-content/uploads/a.jpg", "http or https")]
    [InlineData("https://user:secret@blog.example.com/a.jpg", "user name or password")]
    public void Other_URLs_are_refused_with_the_reason(string url, string reason) => _hosts.Refusal(url).Should().Contain(reason);

    [Theory]
    [InlineData("http://localhost/a.png")]
    [InlineData("http://127.0.0.1/a.png")]
    [InlineData("http://10.1.2.3/a.png")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.168.0.10/a.png")]
    [InlineData("http://172.20.0.1/a.png")]
    [InlineData("http://[::1]/a.png")]
    [InlineData("http://[fd00::1]/a.png")]
    [InlineData("http://[::ffff:127.0.0.1]/a.png")]
    public void Internal_addresses_are_refused_even_when_the_export_names_them(string url)
    {
        var uri = new Uri(url);
        var hosts = new AttachmentHosts([uri.GetLeftPart(UriPartial.Authority)]);
        hosts.Refusal(url).Should().Contain("local or private address");
    }

    [Fact]
    public void An_export_that_names_no_site_trusts_no_host()
    {
        var hosts = new AttachmentHosts([]);
        hosts.Hosts.Should().BeEmpty();
        hosts.Refusal("https://blog.example.com/a.jpg").Should().Contain("names no site");
    }

    [Fact]
    public void International_host_names_compare_in_their_ASCII_form()
    {
        var hosts = new AttachmentHosts(["https://블로그.example"]);
        hosts.Refusal("https://xn--2i0b10rqve.example/a.jpg").Should().BeNull();
        hosts.Hosts.Should().Equal("xn--2i0b10rqve.example");
    }
}
