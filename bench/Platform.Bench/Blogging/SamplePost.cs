using System.Globalization;
using System.Text;

namespace Platform.Bench.Blogging;

/// <summary>A realistic post: front matter, headings, a table, code, lists, links, an image, and Korean text.</summary>
internal static class SamplePost
{
    public static string Create(int index, int sections = 6)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Benchmark post {index}\ndate: 2026-01-{1 + (index % 28):00} 10:00:00 +0900\ntags: [bench, dotnet, t{index % 20}]\ncategories: [Backend, Perf]\n---\n\n");
        text.Append("Opening paragraph with *emphasis*, **strong**, `code` and a [link](https://example.com/page).\n\n");
        for (var s = 0; s < sections; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Section {s}\n\n");
            text.Append("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ");
            text.Append("한국어 문장도 함께 들어 있습니다. 읽는 시간은 글자 수로 셉니다.\n\n");
            text.Append("| Column | Value | Note |\n|---|---:|---|\n| a | 1 | first |\n| b | 2 | second |\n\n");
            text.Append("```csharp\nvar x = 1 + 2;\nConsole.WriteLine(x);\n```\n\n");
            text.Append("- [x] done\n- [ ] todo\n- item with <img src=\"/img/a.png\" width=\"120\" alt=\"a\">\n\n");
        }

        return text.ToString();
    }
}
