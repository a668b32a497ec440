namespace Platform.Blogging.Blogs;

/// <summary>What the blog needs to index a post: the candidate entry, and whether its slug and permalink were chosen by the author.</summary>
/// <param name="Candidate">The entry as rendered; its slug may be made unique and its permalink is computed.</param>
/// <param name="ExplicitSlug">The author wrote the slug (front matter <c>slug</c>): a collision is an error, not renamed.</param>
/// <param name="ExplicitPermalink">The front matter <c>permalink</c>, which wins over the blog's pattern.</param>
/// <param name="SourceName">The Jekyll file the post came from, for idempotent imports.</param>
/// <param name="RedirectFrom">Paths (decoded) that redirect to the post, from its <c>redirect_from</c> front matter (see <see cref="Blogs.RedirectFrom"/>).</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostEntryRequest")]
public sealed record PostEntryRequest(PostEntry Candidate, bool ExplicitSlug, string? ExplicitPermalink, string? SourceName = null, IReadOnlyList<string>? RedirectFrom = null);
