namespace Platform.Blogging.Content;

/// <summary>What a permalink pattern is filled with.</summary>
/// <param name="Slug">The post's slug; fills both <c>:title</c> and <c>:slug</c>.</param>
/// <param name="Date">The post's date; date placeholders use its own offset (its wall-clock time).</param>
/// <param name="Categories">The category path from the root; each name is slugified for <c>:categories</c>.</param>
public sealed record PermalinkValues(string Slug, DateTimeOffset Date, IReadOnlyList<string> Categories);
