using System.Collections.Frozen;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using Platform.Blogging.Content;

namespace Platform.Blogging.Import.Foreign;

/// <summary>
/// Keeps an HTML body as the Markdown body of a post so that it renders as the same HTML. The fragment is parsed and
/// written back one top-level block at a time, each block a CommonMark HTML block on lines of its own: a block starts
/// with a block-level tag, loose text and inline elements between blocks are wrapped in <c>&lt;p&gt;</c>, and a blank
/// line inside a block (in <c>&lt;pre&gt;</c>, say) becomes <c>&amp;#10;</c> joined to the next line, so Markdown never
/// ends the block early or reads what is inside it. Comments go (the sanitiser drops them anyway), except
/// <c>&lt;!--more--&gt;</c>, which marks the excerpt. Nothing is sanitised here: that happens when the post is rendered.
/// </summary>
internal static class HtmlBody
{
    /// <summary>Tags that start a CommonMark HTML block which only a blank line ends (kinds 6 and 1).</summary>
    private static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
        "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
        "pre", "script", "style", "textarea",
    ], StringComparer.Ordinal);

    /// <summary>The Markdown body holding <paramref name="html"/>; empty for an empty fragment.</summary>
    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var root = HtmlSanitizer.ParseFragment(html.Replace("\r\n", "\n", StringComparison.Ordinal));
        var blocks = new List<string>();
        var loose = new StringBuilder();

        void FlushLoose()
        {
            var text = loose.ToString().Trim();
            if (text.Length > 0)
            {
                blocks.Add("<p>" + text + "</p>");
            }

            loose.Clear();
        }

        foreach (var node in root.ChildNodes)
        {
            switch (node)
            {
                case IComment comment when comment.Data.Trim().StartsWith("more", StringComparison.Ordinal):
                    FlushLoose();
                    blocks.Add(MarkdownRenderer.MoreMarker);
                    break;
                case IComment:
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    FlushLoose();
                    blocks.Add(element.ToHtml());
                    break;
                default:
                    loose.Append(node.ToHtml());
                    break;
            }
        }

        FlushLoose();
        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks.Select(KeepTogether)) + "\n";
    }

    /// <summary>Joins each blank line to the next as <c>&amp;#10;</c>, which the browser reads as the same newline.</summary>
    internal static string KeepTogether(string block)
    {
        var lines = block.TrimEnd().Split('\n');
        var joined = new StringBuilder(block.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            joined.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                joined.Append(string.IsNullOrWhiteSpace(lines[i]) ? "&#10;" : "\n");
            }
        }

        return joined.ToString();
    }
}
