using System.Collections.Frozen;

namespace Platform.Blogging.Content;

/// <summary>The element and attribute allow-lists of <see cref="HtmlSanitizer"/>.</summary>
internal static class SanitizerPolicy
{
    /// <summary>Elements removed together with everything inside them.</summary>
    public static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(
    [
        "script", "style", "iframe", "object", "embed", "applet", "param", "base", "basefont", "meta", "link",
        "head", "title", "form", "input", "button", "textarea", "select", "option", "optgroup", "datalist",
        "output", "frame", "frameset", "noframes", "template", "svg", "math", "noscript", "noembed", "xmp",
        "plaintext", "canvas", "dialog", "slot", "portal", "fencedframe", "listing", "marquee", "track",
    ]);

    /// <summary>Elements kept (with their allowed attributes); any other element is unwrapped, keeping its content.</summary>
    public static readonly FrozenSet<string> AllowedElements = FrozenSet.ToFrozenSet(
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "b", "i", "u", "s", "del",
        "ins", "sub", "sup", "mark", "small", "code", "pre", "kbd", "samp", "var", "blockquote", "q", "cite", "ul",
        "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup",
        "col", "figure", "figcaption", "div", "span", "abbr", "details", "summary", "section", "aside", "time",
        "picture", "source", "video", "audio", "input", "wbr",
    ]);

    /// <summary>Attributes allowed on every kept element.</summary>
    public static readonly FrozenSet<string> GlobalAttributes = FrozenSet.ToFrozenSet(["id", "class", "title", "lang", "dir", "role"]);

    /// <summary>Attributes allowed on particular elements, besides the global ones.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> ElementAttributes =
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["a"] = ["href", "rel", "target", "hreflang"],
            ["img"] = ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
            ["source"] = ["src", "srcset", "sizes", "media", "type", "width", "height"],
            ["video"] = ["src", "poster", "controls", "width", "height", "loop", "muted", "playsinline", "preload"],
            ["audio"] = ["src", "controls", "loop", "muted", "preload"],
            ["td"] = ["colspan", "rowspan", "align", "headers"],
            ["th"] = ["colspan", "rowspan", "align", "scope", "abbr", "headers"],
            ["col"] = ["span"],
            ["colgroup"] = ["span"],
            ["ol"] = ["start", "reversed", "type"],
            ["li"] = ["value"],
            ["time"] = ["datetime"],
            ["del"] = ["cite", "datetime"],
            ["ins"] = ["cite", "datetime"],
            ["q"] = ["cite"],
            ["blockquote"] = ["cite"],
            ["details"] = ["open"],
            ["input"] = ["type", "disabled", "checked"],
        }.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(), StringComparer.Ordinal);

    /// <summary>Attributes whose value is a URL and must pass <see cref="UrlPolicy"/>.</summary>
    public static readonly FrozenSet<string> UrlAttributes = FrozenSet.ToFrozenSet(["href", "src", "cite", "poster"]);

    /// <summary>Attributes whose value is a whole number.</summary>
    public static readonly FrozenSet<string> NumberAttributes = FrozenSet.ToFrozenSet(["colspan", "rowspan", "span", "start", "value"]);

    /// <summary>Attributes that are present or absent; their value is normalised to empty.</summary>
    public static readonly FrozenSet<string> BooleanAttributes =
        FrozenSet.ToFrozenSet(["reversed", "controls", "loop", "muted", "playsinline", "open", "disabled", "checked"]);

    /// <summary>Attributes limited to a fixed set of values (compared case-insensitively, written lower case).</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> EnumeratedAttributes =
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["dir"] = ["ltr", "rtl", "auto"],
            ["target"] = ["_blank", "_self", "_parent", "_top"],
            ["loading"] = ["lazy", "eager"],
            ["preload"] = ["none", "metadata", "auto"],
            ["align"] = ["left", "center", "right", "justify"],
            ["scope"] = ["row", "col", "rowgroup", "colgroup"],
            // The DPUB-ARIA roles of footnotes and tables of contents (kramdown writes the first three).
            ["role"] = ["doc-noteref", "doc-endnotes", "doc-backlink", "doc-endnote", "doc-toc"],
        }.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
