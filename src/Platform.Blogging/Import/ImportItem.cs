using Platform.Blogging.Authoring;

namespace Platform.Blogging.Import;

/// <summary>
/// One post of an export, converted and ready for <see cref="SourceImporter"/>: the Markdown file to store under its
/// source name, or the result already known when the item is not stored (skipped or refused during conversion).
/// </summary>
/// <param name="SourceName">The key that makes a second import update this post instead of adding one (e.g. <c>ghost/{id}</c>).</param>
/// <param name="Source">The post as Markdown with front matter; null when <paramref name="Result"/> answers the item.</param>
/// <param name="Note">What was changed or left out on the way, reported with the outcome; null when nothing was.</param>
/// <param name="Result">The item's result when it is not stored.</param>
public sealed record ImportItem(string SourceName, PostSource? Source, string? Note, ImportFileResult? Result)
{
    /// <summary>A post to store.</summary>
    public static ImportItem Post(string sourceName, string markdown, string? note) => new(sourceName, new PostSource(markdown), note, null);

    /// <summary>An item that is deliberately not imported, with the reason.</summary>
    public static ImportItem Skip(string sourceName, string reason) =>
        new(sourceName, null, null, new ImportFileResult(sourceName, ImportOutcome.Skipped, null, null, reason));

    /// <summary>An item that could not be converted, with the reason.</summary>
    public static ImportItem Fail(string sourceName, string reason) =>
        new(sourceName, null, null, new ImportFileResult(sourceName, ImportOutcome.Failed, null, null, reason));
}
