using System.Text;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>kramdown's header ids written after the heading text: <c>## Setup {#install}</c> gets <c>id="install"</c>.</summary>
internal static partial class HeaderIds
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline?.LastChild is not LiteralInline)
            {
                continue;
            }

            // The text may be split into several literals (at '{', for instance): read the trailing run whole.
            var run = new List<LiteralInline>();
            for (var inline = heading.Inline.LastChild; inline is LiteralInline literal; inline = inline.PreviousSibling)
            {
                run.Insert(0, literal);
            }

            var text = new StringBuilder();
            foreach (var literal in run)
            {
                text.Append(literal.Content.AsSpan());
            }

            var match = IdSuffix().Match(text.ToString());
            if (!match.Success)
            {
                continue;
            }

            run[0].Content = new StringSlice(text.ToString(0, match.Index).TrimEnd());
            foreach (var extra in run.Skip(1))
            {
                extra.Remove();
            }

            heading.GetAttributes().Id = match.Groups[1].Value;
        }
    }

    [GeneratedRegex(@"[ \t]\{#([A-Za-z][\w:-]*)\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdSuffix();
}
