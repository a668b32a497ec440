using Platform.Blogging.Content;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// Turns one Ghost post or page into the Markdown file the platform stores, under the source name <c>ghost/{id}</c>.
/// The mapping is documented in <c>docs/migrations.md</c> (section "Ghost").
/// </summary>
/// <param name="export">The whole export (tags and authors are looked up in it).</param>
/// <param name="zone">The blog's time zone: Ghost's UTC times are written with its offset, so dates read as they did in Ghost.</param>
/// <param name="options">The import's choices.</param>
internal sealed class GhostPostConverter(GhostExport export, TimeZoneInfo zone, GhostImportOptions options)
{
    /// <summary>What Ghost writes in place of its own address in links to its files.</summary>
    public const string SitePlaceholder = "__GHOST_URL__";

    /// <summary>The tag every imported page carries (pages are also flagged <c>page: true</c>).</summary>
    public const string PageTag = "page";

    private readonly string? _siteUrl = options.SiteUrl?.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>Converts <paramref name="post"/>; a row that cannot be converted comes back failed with the reason.</summary>
    public ImportItem Convert(GhostPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var usableId = post.Id is { Length: > 0 and <= ForeignImportLimits.MaxIdLength } id && !id.Any(char.IsControl) && !id.Any(char.IsWhiteSpace);
        var sourceName = usableId ? "ghost/" + post.Id : $"ghost/#{post.Index + 1}";
        if (post.Error is not null)
        {
            return ImportItem.Fail(sourceName, $"{Describe(post)}: {post.Error}");
        }

        if (!usableId)
        {
            return ImportItem.Fail(sourceName, $"{Describe(post)} has no usable id (1 to {ForeignImportLimits.MaxIdLength} characters without spaces).");
        }

        var notes = new List<string>();
        var placeholders = false;
        string? Resolve(string? text)
        {
            if (text is null || !text.Contains(SitePlaceholder, StringComparison.Ordinal))
            {
                return text;
            }

            placeholders = true;
            return text.Replace(SitePlaceholder, _siteUrl ?? "", StringComparison.Ordinal);
        }

        if (Body(post, Resolve, notes) is not { } body)
        {
            return ImportItem.Fail(sourceName, $"{Describe(post)}: its content could not be read ({string.Join("; ", notes)}).");
        }

        var draft = IsDraft(post, notes);
        var date = Local(post.PublishedAt ?? post.CreatedAt ?? post.UpdatedAt);
        var modified = Local(post.UpdatedAt);
        var image = Resolve(post.FeatureImage);
        if (image is not null && !UrlPolicy.IsAllowed(image))
        {
            notes.Add($"the feature image '{image}' is not an http, https or relative URL and was left out");
            image = null;
        }

        if (placeholders && _siteUrl is null)
        {
            notes.Add("links to the Ghost site's own files now start with /content/ (Ghost exports do not include those files; give the old site's URL to keep them loading from there)");
        }

        var authors = Authors(post);
        var front = new FrontMatterWriter()
            .Text("title", post.Title)
            .Date("date", date)
            .Date("last_modified_at", modified > date ? modified : null)
            .Text("slug", string.IsNullOrWhiteSpace(post.Slug) ? null : post.Slug)
            .List("tags", Tags(post, notes))
            .Text("author", authors.Count > 0 ? authors[0] : null)
            .List("authors", authors.Count > 1 ? authors : [])
            .Text("description", PlainText.Limit(PlainText.FromHtml(post.MetaDescription ?? post.CustomExcerpt), ForeignImportLimits.MaxDescription, "description", notes))
            .Text("image", image)
            .Flag("draft", draft)
            .Flag("page", post.IsPage)
            .Flag("featured", post.Featured);
        return ImportItem.Post(sourceName, front.Finish(body), ImportNotes.Sentence(notes));
    }

    private DateTimeOffset? Local(DateTimeOffset? date) => date is { } value ? TimeZoneInfo.ConvertTime(value, zone) : null;

    private static string Describe(GhostPost post) =>
        post.Title is { Length: > 0 } title ? $"'{title}'" : $"Post {post.Index + 1} of the export";

    /// <summary>
    /// The Markdown body: mobiledoc as Markdown when it converts whole, else the Markdown of old exports, else Ghost's
    /// HTML, else lexical rendered.
    /// </summary>
    private static string? Body(GhostPost post, Func<string?, string?> resolve, List<string> notes)
    {
        var html = resolve(post.Html);
        if (!string.IsNullOrWhiteSpace(post.Mobiledoc))
        {
            switch (MobiledocConverter.Convert(resolve(post.Mobiledoc)!))
            {
                case null:
                    notes.Add("the mobiledoc is not readable");
                    break;
                case { UnsupportedCards.Count: > 0 } partial when !string.IsNullOrWhiteSpace(html):
                    notes.Add($"mobiledoc cards without a Markdown form ({string.Join(", ", partial.UnsupportedCards.Distinct())}): Ghost's HTML of the post was kept instead");
                    break;
                case var converted:
                    if (converted.UnsupportedCards.Count > 0)
                    {
                        notes.Add($"mobiledoc cards not carried over: {string.Join(", ", converted.UnsupportedCards.Distinct())}");
                    }

                    NoteRemoved(converted.CardHtml, notes);
                    return converted.Markdown;
            }
        }

        if (!string.IsNullOrWhiteSpace(post.Markdown))
        {
            return resolve(post.Markdown)!.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        }

        if (!string.IsNullOrWhiteSpace(html))
        {
            NoteRemoved(html, notes);
            return HtmlBody.FromHtml(html);
        }

        if (!string.IsNullOrWhiteSpace(post.Lexical))
        {
            if (LexicalRenderer.Render(resolve(post.Lexical)!) is not { } lexical)
            {
                notes.Add("the lexical document is not readable");
                return null;
            }

            if (lexical.Unsupported.Count > 0)
            {
                notes.Add($"lexical cards not carried over: {string.Join(", ", lexical.Unsupported.Distinct())}");
            }

            NoteRemoved(lexical.Html, notes);
            return HtmlBody.FromHtml(lexical.Html);
        }

        return notes.Count == 0 ? "" : null;
    }

    private static void NoteRemoved(string html, List<string> notes)
    {
        if (RemovedElements.Describe(html) is { } removed)
        {
            notes.Add($"the sanitiser removes {removed} when the post is shown (kept in its source)");
        }
    }

    /// <summary>Published and scheduled posts stay live; drafts, email-only and members-only posts become drafts.</summary>
    private static bool IsDraft(GhostPost post, List<string> notes)
    {
        var draft = post.Status switch
        {
            "published" => false,
            "scheduled" when post.PublishedAt is not null => false,
            "scheduled" => ImportNotes.Draft(notes, "scheduled without a time in Ghost: imported as a draft"),
            "draft" or null => true,
            "sent" => ImportNotes.Draft(notes, "sent only by email in Ghost: imported as a draft"),
            var other => ImportNotes.Draft(notes, $"Ghost status '{other}' is unknown: imported as a draft"),
        };
        if (post.Visibility is not (null or "public"))
        {
            if (!draft)
            {
                notes.Add($"only for '{post.Visibility}' readers in Ghost: imported as a draft, since every post here is public");
            }

            draft = true;
        }

        return draft;
    }

    private IReadOnlyList<string> Tags(GhostPost post, List<string> notes)
    {
        var tags = export.TagsByPost.GetValueOrDefault(post.Id!) ?? [];
        var hidden = tags.Where(t => t.IsInternal).Select(t => t.Name).ToArray();
        if (hidden.Length > 0)
        {
            notes.Add($"internal tags left out: {string.Join(", ", hidden)}");
        }

        var names = tags.Where(t => !t.IsInternal).Select(t => t.Name);
        return TagNames.Clean(post.IsPage ? names.Append(PageTag) : names, notes);
    }

    private IReadOnlyList<string> Authors(GhostPost post)
    {
        if (export.AuthorsByPost.TryGetValue(post.Id!, out var authors))
        {
            return authors;
        }

        return post.AuthorId is { } id && export.AuthorNames.TryGetValue(id, out var name) ? [name] : [];
    }
}
