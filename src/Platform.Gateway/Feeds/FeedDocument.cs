using Platform.Blogging.Blogs;

namespace Platform.Gateway.Feeds;

/// <summary>What every feed format is written from: the blog, where the reader reached it, the entries and how they are identified.</summary>
public sealed record FeedDocument
{
    /// <summary>The blog's settings: title, description, author, locale, creation date.</summary>
    public required BlogSettings Blog { get; init; }

    /// <summary>The blog's URLs as the reader reached it.</summary>
    public required BlogUrls Urls { get; init; }

    /// <summary>
    /// The domain that mints entry ids (see <see cref="FeedIds.Entry"/>): the platform's own domain
    /// (<c>PlatformOptions.Domain</c>), never the host of the request, so ids do not depend on how the blog was reached.
    /// </summary>
    public required string IdAuthority { get; init; }

    /// <summary>The entries in the order they are written (newest first, as <see cref="BlogSnapshot.Published"/>); the caller picks how many.</summary>
    public required IReadOnlyList<FeedItem> Items { get; init; }

    /// <summary>The feed's <c>updated</c> when it has no entries; <see cref="BlogSettings.CreatedAt"/> when null.</summary>
    public DateTimeOffset? UpdatedFallback { get; init; }

    /// <summary>The <c>generator</c> named in Atom and RSS.</summary>
    public string Generator { get; init; } = "Platform";

    /// <summary>The newest <see cref="FeedItem.Updated"/> of the entries, or the fallback.</summary>
    public DateTimeOffset Updated
    {
        get
        {
            DateTimeOffset? newest = null;
            foreach (var item in Items)
            {
                if (newest is null || item.Updated > newest)
                {
                    newest = item.Updated;
                }
            }

            return newest ?? UpdatedFallback ?? Blog.CreatedAt;
        }
    }

    /// <summary>The entry id of <paramref name="entry"/> in this feed.</summary>
    public string EntryId(PostEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FeedIds.Entry(IdAuthority, Blog, entry.Id);
    }

    /// <summary>The author's name for feeds: the blog's author, or its title when it has none (Atom requires an author).</summary>
    public string AuthorName => string.IsNullOrWhiteSpace(Blog.Author) ? Blog.Title : Blog.Author;

    /// <summary>The blog's description, or its title when it has none (RSS requires a description).</summary>
    public string DescriptionOrTitle => string.IsNullOrWhiteSpace(Blog.Description) ? Blog.Title : Blog.Description;
}
