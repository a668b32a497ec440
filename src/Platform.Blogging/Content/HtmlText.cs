using System.Text;
using AngleSharp.Dom;

namespace Platform.Blogging.Content;

/// <summary>Plain visible text of sanitised HTML, with block boundaries turned into spaces and whitespace collapsed.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    /// <summary>The text of <paramref name="node"/>; elements matching <paramref name="skip"/> are left out.</summary>
    public static string Of(INode node, Func<IElement, bool>? skip = null)
    {
        var builder = new StringBuilder();
        Append(node, builder, skip);
        return Collapse(builder.ToString());
    }

    /// <summary>Replaces every run of whitespace with one space and trims.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder, Func<IElement, bool>? skip)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !(skip?.Invoke(element) ?? false))
            {
                bool block = !Inline.Contains(element.LocalName);
                if (block)
                {
                    builder.Append(' ');
                }

                Append(element, builder, skip);
                if (block)
                {
                    builder.Append(' ');
                }
            }
        }
    }
}
