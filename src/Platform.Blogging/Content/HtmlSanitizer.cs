using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Blogging.Content;

/// <summary>
/// The platform's HTML sanitizer: <see href="https://github.com/mganss/HtmlSanitizer">HtmlSanitizer</see> (the
/// AngleSharp-based sanitizer Orchard Core uses) configured with the allow-list in <see cref="SanitizerPolicy"/>,
/// between two small passes of our own. Before it, elements that must go with their content (script, style, iframe,
/// object, form controls, svg, math, template, noscript, ...) are removed, and Markdig's table alignment styles
/// become <c>align</c>. HtmlSanitizer then keeps only allowed elements (unwrapping others, keeping their content)
/// and allowed attributes, never <c>style</c> or <c>on*</c>, keeps URLs only with http, https, mailto or no
/// scheme, and drops comments. After it, each kept attribute must be allowed on its element and have a
/// well-formed value, URLs pass <see cref="UrlPolicy"/> again, and links get their <c>rel</c> (<see cref="AnchorRel"/>).
/// The result is parsed and cleaned again until it no longer changes, so what a browser parses is what was checked.
/// </summary>
public static partial class HtmlSanitizer
{
    private const int MaxPasses = 3;

    private static readonly Ganss.Xss.HtmlSanitizer Core = CreateCore();

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

    private static Ganss.Xss.HtmlSanitizer CreateCore()
    {
        var options = new Ganss.Xss.HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(SanitizerPolicy.AllowedElements, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(
                SanitizerPolicy.GlobalAttributes.Concat(SanitizerPolicy.ElementAttributes.Values.SelectMany(a => a)), StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(SanitizerPolicy.UrlAttributes, StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
        };
        return new Ganss.Xss.HtmlSanitizer(options) { KeepChildNodes = true, AllowDataAttributes = false };
    }

    private static string Pass(string html)
    {
        var body = ParseFragment(html);
        RemoveDangerous(body);
        Core.SanitizeDom((AngleSharp.Html.Dom.IHtmlDocument)body.Owner!, (AngleSharp.Html.Dom.IHtmlElement)body);
        foreach (var element in body.QuerySelectorAll("*").ToArray())
        {
            Refine(element);
        }

        return body.InnerHtml;
    }

    /// <summary>Before the allow-list: removes what must go with its content, and turns table alignment into <c>align</c>.</summary>
    private static void RemoveDangerous(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToArray())
        {
            if (element.Parent is null)
            {
                continue; // already removed with an ancestor
            }

            if (element.NamespaceUri != NamespaceNames.HtmlUri
                || (SanitizerPolicy.DroppedWithContent.Contains(element.LocalName) && !IsTaskListCheckbox(element)))
            {
                element.Remove();
            }
            else if (element.LocalName is "td" or "th" && element.GetAttribute("style") is { } style)
            {
                KeepTableAlignment(element, style);
            }
        }
    }

    /// <summary>After the allow-list: attributes allowed on this element only, with well-formed values; required sources; link rel.</summary>
    private static void Refine(IElement element)
    {
        string name = element.LocalName;
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
