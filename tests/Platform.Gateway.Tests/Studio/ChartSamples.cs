using System.Globalization;
using System.Xml.Linq;
using Platform.Gateway.Studio.Charts;

namespace Platform.Gateway.Tests.Studio;

/// <summary>Charts to draw and ways to read the drawn SVG back.</summary>
internal static class ChartSamples
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Days(int count) =>
        Enumerable.Range(1, count).Select(d => string.Create(CultureInfo.InvariantCulture, $"Mar {d}")).ToArray();

    public static LineChart Visitors(params double[] values) =>
        new("Visitors", Days(values.Length), [new ChartSeries("Visitors", values, "series-visitors")], Count);

    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    public static IEnumerable<XElement> WithClass(this XElement root, string name, string cssClass) =>
        root.Descendants(Svg + name).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);
}
