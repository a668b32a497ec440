using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Blogging.Tests.Content.Kramdown;

/// <summary>
/// The DOM of an HTML fragment written out canonically, so that two renderings compare by structure: one node a
/// line, indented by depth; attributes sorted, class names sorted; runs of whitespace in text collapsed to one space,
/// whitespace-only text dropped, text trimmed at the start and end of its element. A no-break space is kept.
/// </summary>
internal static partial class HtmlShape
{
    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        var output = new StringBuilder();
        WriteChildren(body, output, 0);
        return output.ToString();
    }

    private static void WriteChildren(INode parent, StringBuilder output, int depth)
    {
        // Adjacent text nodes (left when a comment is removed, say) are one run of text.
        var runs = new List<object>();
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text)
            {
                if (runs.Count > 0 && runs[^1] is StringBuilder run)
                {
                    run.Append(text.Data);
                }
                else
                {
                    runs.Add(new StringBuilder(text.Data));
                }
            }
            else if (node is IElement element)
            {
                runs.Add(element);
            }
        }

        for (int i = 0; i < runs.Count; i++)
        {
            if (runs[i] is IElement element)
            {
                WriteElement(element, output, depth);
                continue;
            }

            string collapsed = Whitespace().Replace(runs[i].ToString()!, " ");
            if (i == 0)
            {
                collapsed = collapsed.TrimStart(' ');
            }

            if (i == runs.Count - 1)
            {
                collapsed = collapsed.TrimEnd(' ');
            }

            if (collapsed.Trim(' ').Length > 0)
            {
                output.Append(' ', depth * 2).Append('"').Append(collapsed).Append("\"\n");
            }
        }
    }

    private static void WriteElement(IElement element, StringBuilder output, int depth)
    {
        output.Append(' ', depth * 2).Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            string value = attribute.Name == "class"
                ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))
                : attribute.Value;
            output.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
        }

        output.Append(">\n");
        WriteChildren(element, output, depth + 1);
    }

    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex Whitespace();
}
