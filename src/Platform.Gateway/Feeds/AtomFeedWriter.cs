using System.Xml;

namespace Platform.Gateway.Feeds;

/// <summary>
/// Writes Atom 1.0 (RFC 4287), served at <c>/feed.xml</c> and per tag at <c>/tags/{tag}/feed.xml</c>. The feed's id
/// is its home page URL (the tag page for a tag feed); entry ids come from <see cref="FeedIds"/>.
/// </summary>
public static class AtomFeedWriter
{
    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The media type to serve Atom with.</summary>
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Writes the blog's feed to <paramref name="output"/> as UTF-8 (no BOM). The stream is left open.</summary>
    public static void Write(Stream output, FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        Write(output, feed, feed.Blog.Title, feed.Urls.Home, feed.Urls.AtomFeed);
    }

    /// <summary>Writes the feed of the posts tagged <paramref name="tag"/>: <paramref name="feed"/> holds only that tag's entries.</summary>
    public static void WriteForTag(Stream output, FeedDocument feed, string tag)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentException.ThrowIfNullOrEmpty(tag);
        Write(output, feed, string.Concat(feed.Blog.Title, " – #", tag), feed.Urls.Tag(tag), feed.Urls.TagFeed(tag));
    }

    /// <summary>The blog's feed as UTF-8 bytes, for caching.</summary>
    public static byte[] Render(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        Write(buffer, feed);
        return buffer.ToArray();
    }

    /// <summary>The tag feed as UTF-8 bytes, for caching.</summary>
    public static byte[] RenderForTag(FeedDocument feed, string tag)
    {
        using var buffer = new MemoryStream();
        WriteForTag(buffer, feed, tag);
        return buffer.ToArray();
    }

    private static void Write(Stream output, FeedDocument feed, string title, string alternate, string self)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlText.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, XmlText.Clean(feed.Blog.Locale));
        xml.WriteElementString("id", Namespace, alternate);
        Text(xml, "title", title);
        if (!string.IsNullOrWhiteSpace(feed.Blog.Description))
        {
            Text(xml, "subtitle", feed.Blog.Description);
        }

        xml.WriteElementString("updated", Namespace, FeedDates.Rfc3339(feed.Updated));
        xml.WriteStartElement("author", Namespace);
        Text(xml, "name", feed.AuthorName);
        xml.WriteEndElement();
        Link(xml, "self", self, "application/atom+xml");
        Link(xml, "alternate", alternate, "text/html");
        Text(xml, "generator", feed.Generator);

        var schemes = (Tags: feed.Urls.Home + "tags/", Categories: feed.Urls.Home + "categories/");
        foreach (var item in feed.Items)
        {
            WriteEntry(xml, feed, item, schemes);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, FeedDocument feed, FeedItem item, (string Tags, string Categories) schemes)
    {
        var entry = item.Entry;
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, feed.EntryId(entry));
        Text(xml, "title", entry.Title);
        Link(xml, "alternate", feed.Urls.Post(entry), "text/html");
        xml.WriteElementString("published", Namespace, FeedDates.Rfc3339(entry.Date));
        xml.WriteElementString("updated", Namespace, FeedDates.Rfc3339(item.Updated));
        foreach (var tag in entry.Tags)
        {
            Category(xml, tag, schemes.Tags);
        }

        if (entry.Categories.Count > 0)
        {
            Category(xml, string.Join(" / ", entry.Categories), schemes.Categories);
        }

        if (entry.Excerpt.Length > 0)
        {
            Text(xml, "summary", entry.Excerpt);
        }

        if (item.ContentHtml is { } html)
        {
            xml.WriteStartElement("content", Namespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlText.Clean(html));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, Namespace, XmlText.Clean(value));

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Category(XmlWriter xml, string term, string scheme)
    {
        xml.WriteStartElement("category", Namespace);
        xml.WriteAttributeString("term", XmlText.Clean(term));
        xml.WriteAttributeString("scheme", scheme);
        xml.WriteEndElement();
    }
}
