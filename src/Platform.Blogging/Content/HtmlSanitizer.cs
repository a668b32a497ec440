using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Blogging.Content;

/// <summary>
/// An allow-list HTML sanitizer on AngleSharp's DOM. The input is parsed as a body fragment the way a browser
/// would; dangerous elements (script, style, iframe, object, embed, form controls, svg, math, template, noscript,
/// ...) are removed with their content; unknown elements are unwrapped, keeping their content; kept elements keep
/// only their allowed attributes, never <c>style</c> or <c>on*</c>; URLs must be http, https, mailto or relative;
/// comments are removed. External links get <c>rel="noopener"</c> and links with <c>target="_blank"</c> also get
/// <c>noreferrer</c>. The result is serialised as an HTML5 body fragment, then parsed and cleaned again until it
/// no longer changes, so what a browser parses is what was checked.
/// </summary>
public static partial class HtmlSanitizer
{
    private const int MaxPasses = 3;

    /// <summary>Returns a safe version of <paramref name="html"/>.</summary>
    /// <param name="html">Untrusted HTML (a body fragment).</param>
    /// <returns>The sanitised fragment.</returns>
    public static string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        string current = html;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            string next = Pass(current);
            if (next == current)
            {
                return next;
            }

            current = next;
        }

        return current;
    }

    internal static IElement ParseFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        return body;
    }

    private static string Pass(string html)
    {
        var body = ParseFragment(html);
        CleanChildren(body);
        return body.InnerHtml;
    }

    private static void CleanChildren(INode parent)
    {
        foreach (var node in parent.ChildNodes.ToArray())
        {
            switch (node)
            {
                case IElement element:
                    CleanElement(element);
                    break;
                case IText:
                    break;
                default:
                    parent.RemoveChild(node);
                    break;
            }
        }
    }

    private static void CleanElement(IElement element)
    {
        string name = element.LocalName;
        if (element.NamespaceUri != NamespaceNames.HtmlUri
            || (SanitizerPolicy.DroppedWithContent.Contains(name) && !IsTaskListCheckbox(element)))
        {
            element.Remove();
            return;
        }

        CleanChildren(element);
        if (!SanitizerPolicy.AllowedElements.Contains(name))
        {
            element.Replace([.. element.ChildNodes]);
            return;
        }

        CleanAttributes(element, name);
        if (IsMissingRequiredSource(element, name))
        {
            element.Remove();
        }
    }

    private static bool IsTaskListCheckbox(IElement element) =>
        element.LocalName == "input"
        && string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase)
        && element.HasAttribute("disabled")
        && element.ParentElement?.LocalName == "li";

    private static bool IsMissingRequiredSource(IElement element, string name) => name switch
    {
        "img" => !element.HasAttribute("src"),
        "source" => !element.HasAttribute("src") && !element.HasAttribute("srcset"),
        _ => false,
    };

    private static void CleanAttributes(IElement element, string name)
    {
        SanitizerPolicy.ElementAttributes.TryGetValue(name, out var specific);
        foreach (var attribute in element.Attributes.ToArray())
        {
            string attributeName = attribute.Name;
            if (attributeName == "style" && name is "td" or "th")
            {
                KeepTableAlignment(element, attribute.Value);
            }

            bool allowed = SanitizerPolicy.GlobalAttributes.Contains(attributeName) || (specific?.Contains(attributeName) ?? false);
            string? value = allowed ? CleanValue(name, attributeName, attribute.Value) : null;
            if (value is null)
            {
                element.RemoveAttribute(attributeName);
            }
            else if (!string.Equals(value, attribute.Value, StringComparison.Ordinal))
            {
                element.SetAttribute(attributeName, value);
            }
        }

        if (name == "a")
        {
            AnchorRel.Apply(element);
        }
    }

    private static string? CleanValue(string element, string attribute, string value)
    {
        if (SanitizerPolicy.UrlAttributes.Contains(attribute))
        {
            return UrlPolicy.IsAllowed(value) ? value.Trim() : null;
        }

        if (SanitizerPolicy.BooleanAttributes.Contains(attribute))
        {
            return string.Empty;
        }

        if (SanitizerPolicy.NumberAttributes.Contains(attribute))
        {
            return IntegerPattern().IsMatch(value) ? value.Trim() : null;
        }

        if (SanitizerPolicy.EnumeratedAttributes.TryGetValue(attribute, out var choices))
        {
            string lower = value.Trim().ToLowerInvariant();
            return choices.Contains(lower) ? lower : null;
        }

        return attribute switch
        {
            "width" or "height" => SizePattern().IsMatch(value) ? value.Trim() : null,
            "srcset" => SourceSet.IsAllowed(value) ? value : null,
            "type" => CleanType(element, value),
            "class" => ClassPattern().IsMatch(value) ? value : null,
            "id" => IdPattern().IsMatch(value) ? value : null,
            "datetime" or "lang" or "hreflang" or "sizes" or "media" or "headers" => TokenPattern().IsMatch(value) ? value : null,
            _ => value,
        };
    }

    private static string? CleanType(string element, string value) => element switch
    {
        "input" => value.Equals("checkbox", StringComparison.OrdinalIgnoreCase) ? "checkbox" : null,
        "ol" => value.Trim() is "1" or "a" or "A" or "i" or "I" ? value.Trim() : null,
        _ => MimePattern().IsMatch(value) ? value : null,
    };

    private static void KeepTableAlignment(IElement cell, string style)
    {
        // Markdig writes pipe table alignment as style="text-align: x;"; style is never kept, align carries it.
        var match = AlignmentStylePattern().Match(style);
        if (match.Success && !cell.HasAttribute("align"))
        {
            cell.SetAttribute("align", match.Groups[1].Value.ToLowerInvariant());
        }
    }

    [GeneratedRegex(@"^\s*-?\d{1,6}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^\s*\d{1,5}%?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"^[\w\s:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"^[^\s""'<>`=]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[\w\s:.,+()%/-]{0,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[a-z]+/[a-z0-9.+-]+(\s*;\s*[a-z]+=(""[^""<>]*""|[\w.,+-]+))*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MimePattern();

    [GeneratedRegex(@"^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AlignmentStylePattern();
}
