using System.Text.Json;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// Reads a Ghost JSON export (Settings › Labs › Export, or the format of Ghost's migration docs): an object with
/// <c>meta</c> and <c>data</c>, optionally wrapped in <c>{"db": [ ... ]}</c>. <c>data.posts</c> holds posts and pages;
/// <c>tags</c> with <c>posts_tags</c>, <c>users</c> with <c>posts_authors</c>, and <c>posts_meta</c> add to them. The
/// whole file is read before anything is stored; a file that is not such an export is refused with where and why.
/// </summary>
internal static class GhostExportReader
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads <paramref name="json"/>.</summary>
    /// <exception cref="ImportFormatException">The file is not JSON, or not a Ghost export.</exception>
    public static GhostExport Read(byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException exception)
        {
            var line = (int?)exception.LineNumber + 1;
            var column = (int?)exception.BytePositionInLine + 1;
            var reason = exception.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut] : reason;
            throw new ImportFormatException($"The file is not valid JSON (line {line}, column {column}): {reason}", line, column, exception);
        }

        using (document)
        {
            var data = DataOf(document.RootElement);
            try
            {
                return ReadData(data);
            }
            catch (InvalidDataException exception)
            {
                throw new ImportFormatException("The Ghost export's data is malformed: " + exception.Message, exception);
            }
        }
    }

    private static JsonElement DataOf(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("db", out var db))
        {
            root = db.ValueKind == JsonValueKind.Array && db.GetArrayLength() > 0
                ? db[0]
                : throw new ImportFormatException("Not a Ghost export: 'db' should be a list holding the export.");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new ImportFormatException("Not a Ghost export: expected an object with 'meta' and 'data' (optionally inside {\"db\": [...]}).");
        }

        if (!data.TryGetProperty("posts", out var posts) || posts.ValueKind != JsonValueKind.Array)
        {
            throw new ImportFormatException("Not a Ghost export: 'data.posts' should be the list of posts.");
        }

        if (posts.GetArrayLength() > ForeignImportLimits.MaxItems)
        {
            throw new ImportFormatException($"The export has {posts.GetArrayLength()} posts; at most {ForeignImportLimits.MaxItems} are imported at once.");
        }

        return data;
    }

    private static GhostExport ReadData(JsonElement data)
    {
        var descriptions = GhostFields.Rows(data, "posts_meta")
            .Select(row => (Post: GhostFields.Text(row, "post_id"), Text: GhostFields.Text(row, "meta_description")))
            .Where(row => row.Post is not null && row.Text is not null)
            .GroupBy(row => row.Post!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text!, StringComparer.Ordinal);

        var posts = data.GetProperty("posts").EnumerateArray().Select((row, index) => ReadPost(row, index, descriptions)).ToArray();
        var tags = GhostFields.Rows(data, "tags")
            .Select(row => (Id: GhostFields.Text(row, "id"), Name: GhostFields.Text(row, "name"), Visibility: GhostFields.Text(row, "visibility")))
            .Where(tag => tag.Id is not null && !string.IsNullOrWhiteSpace(tag.Name))
            .GroupBy(tag => tag.Id!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new GhostTag(g.First().Name!, g.First().Visibility == "internal" || g.First().Name!.StartsWith('#')), StringComparer.Ordinal);
        var users = GhostFields.Rows(data, "users")
            .Select(row => (Id: GhostFields.Text(row, "id"), Name: GhostFields.Text(row, "name") ?? GhostFields.Text(row, "slug")))
            .Where(user => user.Id is not null && !string.IsNullOrWhiteSpace(user.Name))
            .GroupBy(user => user.Id!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal);

        return new GhostExport(
            posts,
            Relate(data, "posts_tags", "tag_id", tags),
            Relate(data, "posts_authors", "author_id", users),
            users);
    }

    private static GhostPost ReadPost(JsonElement row, int index, IReadOnlyDictionary<string, string> descriptions)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return new GhostPost { Index = index, Error = "The post is not a JSON object." };
        }

        string? id = null;
        try
        {
            id = GhostFields.Text(row, "id");
            return new GhostPost
            {
                Index = index,
                Id = id,
                Title = GhostFields.Text(row, "title"),
                Slug = GhostFields.Text(row, "slug"),
                IsPage = GhostFields.Text(row, "type") == "page" || GhostFields.Flag(row, "page"),
                Status = GhostFields.Text(row, "status"),
                Visibility = GhostFields.Text(row, "visibility"),
                Mobiledoc = GhostFields.Text(row, "mobiledoc"),
                Markdown = GhostFields.Text(row, "markdown"),
                Lexical = GhostFields.Text(row, "lexical"),
                Html = GhostFields.Text(row, "html"),
                FeatureImage = GhostFields.Text(row, "feature_image") ?? GhostFields.Text(row, "image"),
                Featured = GhostFields.Flag(row, "featured"),
                CreatedAt = GhostFields.Date(row, "created_at"),
                UpdatedAt = GhostFields.Date(row, "updated_at"),
                PublishedAt = GhostFields.Date(row, "published_at"),
                CustomExcerpt = GhostFields.Text(row, "custom_excerpt"),
                MetaDescription = GhostFields.Text(row, "meta_description") ?? (id is null ? null : descriptions.GetValueOrDefault(id)),
                AuthorId = GhostFields.Text(row, "author_id"),
            };
        }
        catch (InvalidDataException exception)
        {
            return new GhostPost { Index = index, Id = id, Title = TitleOf(row), Error = exception.Message };
        }
    }

    /// <summary>The row's title when it is text, for reporting a row that cannot be read.</summary>
    private static string? TitleOf(JsonElement row) =>
        row.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;

    /// <summary>Per post id, the related rows' values in <c>sort_order</c> (then file) order; unknown ids are left out.</summary>
    private static Dictionary<string, IReadOnlyList<T>> Relate<T>(JsonElement data, string table, string key, IReadOnlyDictionary<string, T> targets) =>
        GhostFields.Rows(data, table)
            .Select((row, position) => (
                Post: GhostFields.Text(row, "post_id"),
                Target: GhostFields.Text(row, key),
                Order: row.TryGetProperty("sort_order", out var order) && order.TryGetInt32(out var value) ? value : 0,
                Position: position))
            .Where(link => link.Post is not null && link.Target is not null && targets.ContainsKey(link.Target))
            .GroupBy(link => link.Post!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<T>)g.OrderBy(l => l.Order).ThenBy(l => l.Position).Select(l => targets[l.Target!]).Distinct().ToArray(),
                StringComparer.Ordinal);
}
