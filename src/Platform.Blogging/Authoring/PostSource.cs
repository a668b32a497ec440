namespace Platform.Blogging.Authoring;

/// <summary>A post as an author sends it: a Markdown file with front matter, and what its file name says.</summary>
/// <param name="Markdown">The whole file, front matter included.</param>
/// <param name="FileName">The file's name, when it came from a file (a title falls back to it).</param>
/// <param name="DefaultDate">The date when front matter gives none (a Jekyll file name's date).</param>
/// <param name="DefaultSlug">The slug when front matter gives none (a Jekyll file name's slug).</param>
/// <param name="ForceDraft">Store the post as a draft whatever its front matter says (a contributor's save).</param>
public sealed record PostSource(string Markdown, string? FileName = null, DateTimeOffset? DefaultDate = null, string? DefaultSlug = null, bool ForceDraft = false);
