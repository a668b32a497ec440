using System.Text;
using Platform.Gateway.Feeds;

namespace Platform.Gateway.Tests.Feeds;

public sealed class RobotsTxtWriterTests
{
    [Fact]
    public void Robots_allows_everything_and_names_the_absolute_sitemap()
    {
        var text = Encoding.UTF8.GetString(RobotsTxtWriter.Render(new BlogUrls("https://blog.example.com")));
        var lines = text.Split('\n');
        lines.Should().Contain(["User-agent: *", "Allow: /", "Sitemap: https://blog.example.com/sitemap.xml"]);
        lines.Should().NotContain(l => l.StartsWith("Disallow: /", StringComparison.Ordinal));
    }
}
