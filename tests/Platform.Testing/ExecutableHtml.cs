using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Testing;

/// <summary>
/// Finds what could run script in parsed HTML: elements that execute, embed or restyle (<c>script</c>, <c>iframe</c>,
/// <c>svg</c>, <c>style</c>, ...), event handler attributes, URL attributes with a <c>javascript:</c>, <c>vbscript:</c>,
/// <c>data:text/html</c> or <c>data:image/svg+xml</c> scheme (after entity decoding, without whitespace and control
/// characters, lower case), and <c>style</c> attributes with <c>url(</c> or <c>expression(</c>. Each finding is a
/// short description of the element or attribute, so a failing assertion says what survived.
/// </summary>
public static class ExecutableHtml
{
    private static readonly HashSet<string> ExecutableElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "foreignobject", "use",
        "animate", "set", "base", "form", "meta", "link", "style",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "background", "lowsrc",
        "dynsrc", "codebase", "cite", "ping",
    };

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:text/html", "data:image/svg+xml"];

    /// <summary>A browser with script enabled: <c>noscript</c> content is raw text, as in the tricks that abuse it.</summary>
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    /// <summary>Parses <paramref name="html"/> as a browser parses <c>body.innerHTML = html</c> and lists what could execute.</summary>
    public static IReadOnlyList<string> InFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return In(ParseFragment(html));
    }

    /// <summary>Parses a whole page as a browser does.</summary>
    public static IHtmlDocument ParseDocument(string html) => Parser.ParseDocument(html);

    /// <summary>The body of a scratch document whose content is <paramref name="html"/>.</summary>
    public static IElement ParseFragment(string html)
    {
        // Parsed with the parser's own options (innerHTML would parse as if script were off).
        var body = Parser.ParseDocument(string.Empty).Body!;
        foreach (var node in Parser.ParseFragment(html, body).ToArray())
        {
            body.AppendChild(node);
        }

        return body;
    }

    /// <summary>
    /// Lists what could execute in <paramref name="root"/> and below it (template contents included). Elements for
    /// which <paramref name="layout"/> is true (the page's own stylesheet link, JSON-LD script, like form) are exempt
    /// from the element rule only: their attributes are still checked.
    /// </summary>
    public static IReadOnlyList<string> In(INode root, Func<IElement, bool>? layout = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<string>();
        Walk(root, layout, found);
        return found;
    }

    /// <summary>
    /// <paramref name="value"/> (an attribute value, so already entity-decoded once by the parser) as a browser, or a
    /// consumer that decodes entities once more, reads a URL's scheme: entities decoded again, whitespace, control and
    /// invisible formatting characters removed, lower case.
    /// </summary>
    public static string NormaliseUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string current = DecodeEntities(value);
        var builder = new StringBuilder(current.Length);
        foreach (char c in current)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>Whether a URL attribute's value would run script or load active content when followed.</summary>
    public static bool IsDangerousUrl(string value)
    {
        string url = NormaliseUrl(value);
        return DangerousSchemes.Any(scheme => url.StartsWith(scheme, StringComparison.Ordinal));
    }

    private static void Walk(INode node, Func<IElement, bool>? layout, List<string> found)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is not IElement element)
            {
                continue;
            }

            Check(element, layout, found);
            Walk(element, layout, found);
            if (element is IHtmlTemplateElement template)
            {
                Walk(template.Content, layout, found);
            }
        }
    }

    private static void Check(IElement element, Func<IElement, bool>? layout, List<string> found)
    {
        string name = element.LocalName;
        if (ExecutableElements.Contains(name) && !(layout?.Invoke(element) ?? false))
        {
            found.Add($"<{name}> element: {Shorten(element.OuterHtml)}");
        }

        foreach (var attribute in element.Attributes)
        {
            string attributeName = attribute.Name.ToLowerInvariant();
            string localName = attribute.LocalName.ToLowerInvariant();
            string value = attribute.Value;
            if (localName.StartsWith("on", StringComparison.Ordinal) || attributeName.StartsWith("on", StringComparison.Ordinal))
            {
                found.Add($"<{name} {attribute.Name}> event handler: {Shorten(value)}");
            }
            else if ((UrlAttributes.Contains(attributeName) || UrlAttributes.Contains(localName)) && IsDangerousUrl(value))
            {
                found.Add($"<{name} {attribute.Name}> dangerous URL: {Shorten(value)}");
            }
            else if (localName is "srcset" or "imagesrcset" && value.Split(',').Any(candidate => IsDangerousUrl(candidate)))
            {
                found.Add($"<{name} {attribute.Name}> dangerous URL in a source set: {Shorten(value)}");
            }
            else if (localName == "style" && IsDangerousStyle(value))
            {
                found.Add($"<{name} style> loads or evaluates: {Shorten(value)}");
            }
        }
    }

    private static bool IsDangerousStyle(string value)
    {
        // CSS ignores comments and reads backslash escapes; drop both with whitespace before looking for functions.
        string text = NormaliseUrl(value);
        while (text.IndexOf("/*", StringComparison.Ordinal) is var start and >= 0)
        {
            int end = text.IndexOf("*/", start + 2, StringComparison.Ordinal);
            text = end < 0 ? text[..start] : text[..start] + text[(end + 2)..];
        }

        text = text.Replace("\\", string.Empty, StringComparison.Ordinal);
        return text.Contains("url(", StringComparison.Ordinal)
            || text.Contains("expression(", StringComparison.Ordinal)
            || text.Contains("javascript:", StringComparison.Ordinal);
    }

    /// <summary>One level of HTML character reference decoding, as the HTML parser does it inside an attribute value.</summary>
    private static string DecodeEntities(string value)
    {
        if (!value.Contains('&', StringComparison.Ordinal))
        {
            return value;
        }

        var scratch = Parser.ParseDocument(string.Empty).Body!;
        scratch.InnerHtml = "<i title=\"" + value.Replace("\"", "&quot;", StringComparison.Ordinal) + "\"></i>";
        return scratch.FirstElementChild?.GetAttribute("title") ?? value;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
