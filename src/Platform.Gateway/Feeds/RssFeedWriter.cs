using System.Xml;

namespace Platform.Gateway.Feeds;

/// <summary>
/// Writes RSS 2.0, served at <c>/rss.xml</c>, with an <c>atom:link rel="self"</c>. Item <c>guid</c>s are the entry ids
/// of <see cref="FeedIds"/> (<c>isPermaLink="false"</c>), the same as in Atom and JSON Feed; dates are RFC 822.
/// </summary>
public static class RssFeedWriter
{
    /// <summary>The media type to serve RSS with.</summary>
    public const string ContentType = "application/rss+xml; charset=utf-8";

    /// <summary>Writes the feed to <paramref name="output"/> as UTF-8 (no BOM). The stream is left open.</summary>
    public static void Write(Stream output, FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(feed);
        using var xml = XmlText.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomFeedWriter.Namespace);
        xml.WriteStartElement("channel");
        Text(xml, "title", feed.Blog.Title);
        xml.WriteElementString("link", feed.Urls.Home);
        Text(xml, "description", feed.DescriptionOrTitle);
        Text(xml, "language", feed.Blog.Locale);
        xml.WriteElementString("lastBuildDate", FeedDates.Rfc822(feed.Updated));
        Text(xml, "generator", feed.Generator);
        xml.WriteStartElement("atom", "link", AtomFeedWriter.Namespace);
        xml.WriteAttributeString("href", feed.Urls.RssFeed);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();

        var schemes = (Tags: feed.Urls.Home + "tags/", Categories: feed.Urls.Home + "categories/");
        foreach (var item in feed.Items)
        {
            WriteItem(xml, feed, item, schemes);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The feed as UTF-8 bytes, for caching.</summary>
    public static byte[] Render(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        Write(buffer, feed);
        return buffer.ToArray();
    }

    private static void WriteItem(XmlWriter xml, FeedDocument feed, FeedItem item, (string Tags, string Categories) schemes)
    {
        var entry = item.Entry;
        xml.WriteStartElement("item");
        Text(xml, "title", entry.Title);
        xml.WriteElementString("link", feed.Urls.Post(entry));
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(feed.EntryId(entry));
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", FeedDates.Rfc822(entry.Date));
        // RSS readers read description as HTML: the plain-text excerpt (the fallback) is encoded as HTML first.
        Text(xml, "description", item.ContentHtml ?? System.Security.SecurityElement.Escape(entry.Excerpt));
        foreach (var tag in entry.Tags)
        {
            Category(xml, tag, schemes.Tags);
        }

        if (entry.Categories.Count > 0)
        {
            Category(xml, string.Join(" / ", entry.Categories), schemes.Categories);
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, XmlText.Clean(value));

    private static void Category(XmlWriter xml, string name, string domain)
    {
        xml.WriteStartElement("category");
        xml.WriteAttributeString("domain", domain);
        xml.WriteString(XmlText.Clean(name));
        xml.WriteEndElement();
    }
}
