using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Platform.Blogging.Access;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Export;

/// <summary>
/// Writes <c>platform-export.json</c> (<see cref="ExportFormat.Version"/>) a post at a time:
/// <c>{ format, exportedAt, blog, counts, members: [...], posts: [...], media: [...], warnings: [...] }</c>. Tokens,
/// their hashes, invitations, passwords and any other secret are never part of it: of the blog's access grain only
/// the members' public view (<see cref="MemberInfo"/>) is written.
/// </summary>
internal sealed class ExportDocumentWriter : IAsyncDisposable
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Utf8JsonWriter _json;

    public ExportDocumentWriter(Stream output)
    {
        _json = new Utf8JsonWriter(output, Options);
    }

    public void WriteStart(BlogSettings settings, ExportAddress address, DateTimeOffset exportedAt, ExportSummary counts, IReadOnlyList<MemberInfo> members)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(members);
        _json.WriteStartObject();
        _json.WriteString("format", ExportFormat.Version);
        _json.WriteString("exportedAt", exportedAt);
        _json.WriteStartObject("blog");
        _json.WriteString("name", settings.Name);
        _json.WriteString("title", settings.Title);
        _json.WriteString("description", settings.Description);
        _json.WriteString("author", settings.Author);
        _json.WriteString("locale", settings.Locale);
        _json.WriteString("timeZone", settings.TimeZone);
        _json.WriteString("permalinkPattern", settings.PermalinkPattern);
        Strings("customDomains", settings.CustomDomains);
        _json.WriteNumber("postsPerPage", settings.PostsPerPage);
        _json.WriteString("createdAt", settings.CreatedAt);
        _json.WriteString("url", address.Url);
        _json.WriteString("baseUrl", address.BaseUrl);
        _json.WriteStartArray("navigation");
        foreach (var link in settings.Navigation)
        {
            _json.WriteStartObject();
            _json.WriteString("label", link.Label);
            _json.WriteString("url", link.Url);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteStartObject("counts");
        _json.WriteNumber("posts", counts.Posts);
        _json.WriteNumber("published", counts.Published);
        _json.WriteNumber("scheduled", counts.Scheduled);
        _json.WriteNumber("drafts", counts.Drafts);
        _json.WriteEndObject();
        _json.WriteStartArray("members");
        foreach (var member in members.OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId, StringComparer.Ordinal))
        {
            _json.WriteStartObject();
            _json.WriteString("userId", member.UserId);
            _json.WriteString("email", member.Email);
            _json.WriteString("name", member.DisplayName);
            _json.WriteString("role", Name(member.Role));
            _json.WriteString("joinedAt", member.JoinedAt);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("posts");
    }

    public void WritePost(ExportPost post, string? file, ExportAddress address)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(address);
        var content = post.Content;
        var document = post.Document;
        _json.WriteStartObject();
        _json.WriteString("id", document.Id);
        _json.WriteString("file", file);
        _json.WriteString("status", post.Status switch { PostStatus.Draft => "draft", PostStatus.Scheduled => "scheduled", _ => "published" });
        _json.WriteString("title", content.Title);
        _json.WriteString("slug", content.Slug);
        _json.WriteString("permalink", post.Entry.Permalink);
        _json.WriteString("url", address.PostUrl(post.Entry.Permalink));
        Strings("formerPermalinks", post.FormerPermalinks);
        _json.WriteString("date", content.Date);
        Date("lastModified", content.LastModified);
        _json.WriteString("createdAt", document.CreatedAt);
        _json.WriteString("updatedAt", document.UpdatedAt);
        Strings("categories", content.Categories);
        Strings("tags", content.Tags);
        _json.WriteString("description", content.Description);
        _json.WriteString("image", content.Image);
        _json.WriteString("excerpt", content.Excerpt);
        _json.WriteNumber("readingTimeMinutes", content.ReadingTimeMinutes);
        _json.WriteNumber("wordCount", content.WordCount);
        _json.WriteNumber("views", document.Views);
        _json.WriteNumber("likes", document.Likes);
        _json.WriteNumber("revision", document.Revision);
        _json.WriteString("timeZone", content.TimeZone);
        _json.WriteString("owner", content.OwnerId);
        _json.WriteString("source", content.Source);
        _json.WriteStartArray("revisions");
        foreach (var revision in post.Revisions)
        {
            var info = revision.Info;
            _json.WriteStartObject();
            _json.WriteNumber("number", info.Number);
            _json.WriteString("at", info.At);
            _json.WriteString("startedAt", info.StartedAt);
            _json.WriteString("by", info.By);
            _json.WriteString("reason", info.Reason.ToString().ToLowerInvariant());
            if (info.RestoredFrom is { } restored)
            {
                _json.WriteNumber("restoredFrom", restored);
            }

            _json.WriteString("title", info.Title);
            _json.WriteString("source", revision.Source);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    public void WriteEnd(IReadOnlyList<ExportMediaFile> media, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(warnings);
        _json.WriteEndArray();
        _json.WriteStartArray("media");
        foreach (var file in media)
        {
            _json.WriteStartObject();
            _json.WriteString("path", file.Path);
            _json.WriteNumber("length", file.Length);
            _json.WriteString("contentType", file.ContentType);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        Strings("warnings", warnings);
        _json.WriteEndObject();
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _json.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private void Strings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private static string Name(TokenRole role) => role.ToString().ToLowerInvariant();

    private void Date(string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            _json.WriteString(name, date);
        }
        else
        {
            _json.WriteNull(name);
        }
    }
}
