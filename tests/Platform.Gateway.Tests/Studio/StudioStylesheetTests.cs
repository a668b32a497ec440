using Platform.Gateway.Studio.Charts;

namespace Platform.Gateway.Tests.Studio;

/// <summary>studio.css ships inside the gateway and needs nothing from elsewhere.</summary>
public sealed class StudioStylesheetTests
{
    private static string Stylesheet()
    {
        using var stream = typeof(SvgChartWriter).Assembly.GetManifestResourceStream("Platform.Gateway.Assets.studio.css");
        stream.Should().NotBeNull("the stylesheet is embedded in the gateway");
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_stylesheet_is_embedded_and_loads_nothing_from_elsewhere()
    {
        var css = Stylesheet();

        css.Should().NotContain("@import").And.NotContain("url(").And.NotContain("@font-face").And.NotContain("http");
    }

    [Fact]
    public void The_stylesheet_styles_what_the_chart_writer_draws()
    {
        var css = Stylesheet();

        foreach (var selector in new[] { ".chart .grid", ".series-visitors", ".series-pageviews", ".incomplete", ".legend-incomplete", ":focus-visible", "meter", "prefers-color-scheme:dark", "max-width:40rem" })
        {
            css.Should().Contain(selector);
        }
    }
}
