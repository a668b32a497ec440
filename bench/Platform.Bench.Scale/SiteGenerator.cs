using System.Globalization;
using System.Text;
using Platform.Blogging.Import;

namespace Platform.Bench.Scale;

/// <summary>
/// A synthetic Jekyll site: posts a few hours apart from 2016 on (100,000 posts span about ten years), 20
/// categories of 5 sub-categories, 3 tags each from 300, and a body of about 3 KiB of Markdown.
/// </summary>
internal static class SiteGenerator
{
    private static readonly DateTimeOffset Start = new(2016, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset DateOf(int index, int total) => Start.AddMinutes(index * (3650.0 * 24 * 60 / Math.Max(total, 1)));

    public static ImportSourceFile File(int index, int total)
    {
        var date = DateOf(index, total);
        var name = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}-post-{index:000000}.md");
        var bytes = Encoding.UTF8.GetBytes(Markdown(index, total, revision: 0));
        return new ImportSourceFile("_posts/" + name, bytes.Length, () => new MemoryStream(bytes, writable: false));
    }

    public static string Markdown(int index, int total, int revision)
    {
        var date = DateOf(index, total);
        var text = new StringBuilder(3600);
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Post {index} on scale\ndate: {date:yyyy-MM-dd HH:mm:ss} +0000\n");
        text.Append(CultureInfo.InvariantCulture, $"categories: [C{index % 20:00}, S{index % 5}]\ntags: [t{index % 300}, t{(index * 7) % 300}, t{(index * 13) % 300}]\n---\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Revision {revision}. An opening paragraph with *emphasis*, `code` and a [link](https://example.com/{index}).\n\n");
        for (var s = 0; s < 4; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Part {s}\n\n");
            text.Append("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ");
            text.Append("Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n");
            text.Append("```csharp\nvar total = items.Sum(i => i.Price);\n```\n\n- one\n- two\n- three\n\n");
        }

        return text.ToString();
    }
}
