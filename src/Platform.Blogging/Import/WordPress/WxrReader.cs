using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Reads a WordPress eXtended RSS (WXR 1.0 to 1.2) file safely: a DOCTYPE is refused before parsing (and the parser
/// prohibits DTDs and resolves nothing external anyway), the document is size-capped, and XML that is not well formed
/// is refused with its line and column. The whole file is read before anything is stored.
/// </summary>
internal static partial class WxrReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The settings every WXR file is read with.</summary>
    internal static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = ForeignImportLimits.MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Reads <paramref name="xml"/>.</summary>
    /// <exception cref="ImportFormatException">The file has a DOCTYPE, is not well-formed XML, or is not a WXR file.</exception>
    public static WxrChannel Read(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (DoctypeScan.Find(xml) is var (line, column))
        {
            throw new ImportFormatException(
                $"The file declares a DOCTYPE (line {line}, column {column}). Document type definitions and entities are refused for safety; a WordPress export has none.",
                line,
                column);
        }

        XDocument document;
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            using var reader = XmlReader.Create(stream, CreateSettings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            var reason = TrailingPosition().Replace(exception.Message, "");
            if (exception.LineNumber <= 0)
            {
                throw new ImportFormatException($"The file is not well-formed XML: {reason}", exception);
            }

            throw new ImportFormatException(
                $"The file is not well-formed XML (line {exception.LineNumber}, column {exception.LinePosition}): {reason}", exception.LineNumber, exception.LinePosition, exception);
        }

        return ReadChannel(document);
    }

    private static WxrChannel ReadChannel(XDocument document)
    {
        var rss = document.Root;
        var channel = rss?.Name.LocalName == "rss" ? rss.Element("channel") : null;
        if (rss is null || channel is null)
        {
            throw new ImportFormatException("Not a WordPress export: expected <rss> with a <channel>.");
        }

        var declared = rss.Attributes().Concat(channel.Attributes()).Where(a => a.IsNamespaceDeclaration).Select(a => a.Value).ToArray();
        var wpName = declared.FirstOrDefault(v => WpNamespace().IsMatch(v) && !v.EndsWith("/excerpt/", StringComparison.Ordinal))
            ?? throw new ImportFormatException("Not a WordPress export: the wp namespace (http://wordpress.org/export/1.x/) is missing; is this a plain RSS feed?");
        XNamespace wp = wpName;
        XNamespace excerpt = declared.FirstOrDefault(v => WpNamespace().IsMatch(v) && v.EndsWith("/excerpt/", StringComparison.Ordinal)) ?? wpName + "excerpt/";

        var items = channel.Elements("item").ToArray();
        if (items.Length > ForeignImportLimits.MaxItems)
        {
            throw new ImportFormatException($"The export has {items.Length} items; at most {ForeignImportLimits.MaxItems} are imported at once.");
        }

        return new WxrChannel
        {
            Link = Value(channel, "link"),
            BaseSiteUrl = Value(channel, wp + "base_site_url"),
            BaseBlogUrl = Value(channel, wp + "base_blog_url"),
            Authors = channel.Elements(wp + "author")
                .Select(a => (Login: Value(a, wp + "author_login"), Name: Value(a, wp + "author_display_name")))
                .Where(a => !string.IsNullOrWhiteSpace(a.Login))
                .GroupBy(a => a.Login!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.IsNullOrWhiteSpace(g.First().Name) ? g.Key : g.First().Name!, StringComparer.Ordinal),
            Categories = channel.Elements(wp + "category")
                .Select(c => (Slug: Value(c, wp + "category_nicename"), Name: Value(c, wp + "cat_name"), Parent: Value(c, wp + "category_parent")))
                .Where(c => !string.IsNullOrWhiteSpace(c.Slug))
                .GroupBy(c => c.Slug!, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => new WxrCategory(string.IsNullOrWhiteSpace(g.First().Name) ? g.Key : g.First().Name!, string.IsNullOrWhiteSpace(g.First().Parent) ? null : g.First().Parent),
                    StringComparer.Ordinal),
            Items = items.Select(item => ReadItem(item, wp, excerpt)).ToArray(),
        };
    }

    private static WxrItem ReadItem(XElement item, XNamespace wp, XNamespace excerpt) => new()
    {
        Line = ((IXmlLineInfo)item).LineNumber,
        Title = Value(item, "title"),
        Link = Value(item, "link"),
        Creator = Value(item, Dc + "creator"),
        Content = Value(item, Content + "encoded"),
        Excerpt = Value(item, excerpt + "encoded"),
        PostId = Value(item, wp + "post_id"),
        PostDate = Value(item, wp + "post_date"),
        PostDateGmt = Value(item, wp + "post_date_gmt"),
        PostModified = Value(item, wp + "post_modified"),
        PostModifiedGmt = Value(item, wp + "post_modified_gmt"),
        PostName = Value(item, wp + "post_name"),
        Status = Value(item, wp + "status"),
        PostType = Value(item, wp + "post_type"),
        Password = Value(item, wp + "post_password"),
        IsSticky = Value(item, wp + "is_sticky") == "1",
        AttachmentUrl = Value(item, wp + "attachment_url"),
        Terms = item.Elements("category")
            .Select(c => new WxrTerm((string?)c.Attribute("domain") ?? "category", (string?)c.Attribute("nicename") ?? "", c.Value.Trim()))
            .ToArray(),
        Meta = item.Elements(wp + "postmeta")
            .Select(m => (Key: Value(m, wp + "meta_key"), Value: Value(m, wp + "meta_value")))
            .Where(m => m.Key is not null && m.Value is not null)
            .GroupBy(m => m.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value!, StringComparer.Ordinal),
        ApprovedComments = item.Elements(wp + "comment").Count(c => Value(c, wp + "comment_approved") == "1"),
    };

    private static string? Value(XElement parent, XName name) => parent.Element(name)?.Value.Trim();

    [GeneratedRegex(@"^https?://wordpress\.org/export/1\.\d+/", RegexOptions.CultureInvariant)]
    private static partial Regex WpNamespace();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPosition();
}
