using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Gateway.Feeds;

/// <summary>
/// Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1), served at <c>/feed.json</c>. Item ids are the entry ids of
/// <see cref="FeedIds"/>. Each item has <c>content_html</c> when the caller gave full HTML, otherwise
/// <c>content_text</c> with the excerpt (the specification requires one of the two); <c>summary</c> is the excerpt.
/// </summary>
public static class JsonFeedWriter
{
    /// <summary>The value of <c>version</c>.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    /// <summary>The media type to serve JSON Feed with.</summary>
    public const string ContentType = "application/feed+json; charset=utf-8";

    // The feed is served as application/feed+json and never inlined into HTML, so HTML-sensitive characters need no
    // escaping: with the default encoder every '<' of content_html would take six bytes. Quotes, backslashes and
    // control characters are still escaped, as JSON requires.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the feed to <paramref name="output"/> as UTF-8. The stream is left open.</summary>
    public static void Write(Stream output, FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(feed);
        using var json = new Utf8JsonWriter(output, s_options);
        Write(json, feed);
    }

    /// <summary>Writes the feed to <paramref name="json"/> and flushes it.</summary>
    public static void Write(Utf8JsonWriter json, FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(feed);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", XmlText.Clean(feed.Blog.Title));
        json.WriteString("home_page_url", feed.Urls.Home);
        json.WriteString("feed_url", feed.Urls.JsonFeed);
        if (!string.IsNullOrWhiteSpace(feed.Blog.Description))
        {
            json.WriteString("description", XmlText.Clean(feed.Blog.Description));
        }

        json.WriteString("language", XmlText.Clean(feed.Blog.Locale));
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", XmlText.Clean(feed.AuthorName));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            WriteItem(json, feed, item);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>The feed as UTF-8 bytes, for caching.</summary>
    public static byte[] Render(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        Write(buffer, feed);
        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedDocument feed, FeedItem item)
    {
        var entry = item.Entry;
        json.WriteStartObject();
        json.WriteString("id", feed.EntryId(entry));
        json.WriteString("url", feed.Urls.Post(entry));
        json.WriteString("title", XmlText.Clean(entry.Title));
        if (item.ContentHtml is { } html)
        {
            json.WriteString("content_html", XmlText.Clean(html));
        }
        else
        {
            json.WriteString("content_text", XmlText.Clean(entry.Excerpt));
        }

        if (entry.Excerpt.Length > 0)
        {
            json.WriteString("summary", XmlText.Clean(entry.Excerpt));
        }

        json.WriteString("date_published", FeedDates.Rfc3339(entry.Date));
        if (entry.LastModified is { } modified)
        {
            json.WriteString("date_modified", FeedDates.Rfc3339(modified));
        }

        if (entry.Tags.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in entry.Tags)
            {
                json.WriteStringValue(XmlText.Clean(tag));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
