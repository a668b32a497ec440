using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Import;

/// <summary>
/// Stores converted posts the way <see cref="JekyllImporter"/> stores files: keyed by source name, so importing the
/// same export again updates a changed post, skips an unchanged one and never makes a second post. Items are rendered
/// in parallel a chunk at a time and stored in the order given; one bad item fails alone.
/// </summary>
public sealed class SourceImporter(BlogAuthoring authoring)
{
    /// <summary>How many items are rendered at once, ahead of being stored in order.</summary>
    private const int ChunkSize = 64;

    /// <summary>Imports <paramref name="items"/> into <paramref name="blog"/>; reports each item as it is done.</summary>
    public async Task<ImportReport> ImportAsync(string blog, IReadOnlyList<ImportItem> items, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var settings = await authoring.GetSettingsAsync(blog).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = items.Select(item => item.Result is not null || seen.Add(item.SourceName)
            ? item
            : ImportItem.Fail(item.SourceName, "The export holds this item twice; only the first was imported.")).ToArray();

        var results = new List<ImportFileResult>(unique.Length);
        foreach (var chunk in unique.Chunk(ChunkSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = await Task.WhenAll(chunk.Select(item => Task.Run(() => PrepareAsync(blog, settings, item), cancellationToken))).ConfigureAwait(false);
            foreach (var item in prepared)
            {
                var result = item.Result ?? await StoreAsync(blog, item).ConfigureAwait(false);
                results.Add(result);
                progress?.Report(result);
            }
        }

        return new ImportReport(results);
    }

    /// <summary>Looks up the post an earlier import made and renders the item (no write).</summary>
    private async Task<PreparedItem> PrepareAsync(string blog, BlogSettings settings, ImportItem item)
    {
        if (item.Result is { } known)
        {
            return new PreparedItem(item, null, null, known);
        }

        var source = item.Source!;
        try
        {
            var existingId = await authoring.FindBySourceAsync(blog, item.SourceName).ConfigureAwait(false);
            var current = existingId is null ? null : await authoring.GetPostAsync(blog, existingId).ConfigureAwait(false);
            if (current is not null && string.Equals(current.Content.Source, source.Markdown, StringComparison.Ordinal))
            {
                var entry = await authoring.GetEntryAsync(blog, current.Id).ConfigureAwait(false);
                return new PreparedItem(item, null, null, Result(item, ImportOutcome.Skipped, current.Id, entry?.Permalink, "Unchanged since the last import."));
            }

            return new PreparedItem(item, current, authoring.Compose(settings, source, current, current?.Content.OwnerId), null);
        }
        catch (ContentException exception)
        {
            return new PreparedItem(item, null, null, Result(item, ImportOutcome.Failed, null, null, exception.Message));
        }
        catch (BloggingException exception) when (exception is not BlogNotFoundException)
        {
            return new PreparedItem(item, null, null, Result(item, ImportOutcome.Failed, null, null, exception.Message));
        }
    }

    /// <summary>Stores one rendered item, in order.</summary>
    private async Task<ImportFileResult> StoreAsync(string blog, PreparedItem prepared)
    {
        var item = prepared.Item;
        try
        {
            if (prepared.Current is { } existing)
            {
                var updated = await authoring.StoreComposedAsync(blog, existing.Id, prepared.Composed!, existing.Revision, existing, item.SourceName).ConfigureAwait(false);
                return Result(item, ImportOutcome.Updated, updated.Entry.Id, updated.Entry.Permalink, item.Note);
            }

            var created = await authoring.StoreComposedAsync(blog, PostKey.NewId(), prepared.Composed!, expectedRevision: 0, previous: null, item.SourceName).ConfigureAwait(false);
            return Result(item, ImportOutcome.Imported, created.Entry.Id, created.Entry.Permalink, item.Note);
        }
        catch (ContentException exception)
        {
            return Result(item, ImportOutcome.Failed, null, null, exception.Message);
        }
        catch (BloggingException exception) when (exception is not BlogNotFoundException)
        {
            return Result(item, ImportOutcome.Failed, null, null, exception.Message);
        }
    }

    private static ImportFileResult Result(ImportItem item, ImportOutcome outcome, string? postId, string? permalink, string? reason) =>
        new(item.SourceName, outcome, postId, permalink, reason);

    /// <summary>An item rendered and ready to store, or already answered (<see cref="Result"/>).</summary>
    private sealed record PreparedItem(ImportItem Item, PostDocument? Current, ComposedPost? Composed, ImportFileResult? Result);
}
