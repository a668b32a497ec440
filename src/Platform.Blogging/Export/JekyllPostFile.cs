namespace Platform.Blogging.Export;

/// <summary>A post written as a Jekyll file.</summary>
/// <param name="Path">Its path in the archive: <c>_posts/YYYY-MM-DD-slug.md</c> or <c>_drafts/slug.md</c>.</param>
/// <param name="Text">Front matter and the stored body.</param>
/// <param name="Faithful">Whether reading the file back gives the post's stored values (checked by parsing it).</param>
/// <param name="UsesKramdown">Whether the post is written in kramdown.</param>
internal sealed record JekyllPostFile(string Path, string Text, bool Faithful, bool UsesKramdown);
