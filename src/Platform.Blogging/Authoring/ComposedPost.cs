using Platform.Blogging.Posts;

namespace Platform.Blogging.Authoring;

/// <summary>A post rendered from its Markdown and ready to store.</summary>
/// <param name="Content">What the post stores.</param>
/// <param name="ExplicitSlug">The author chose the slug (a collision is an error, not renamed).</param>
/// <param name="ExplicitPermalink">The front matter's permalink, if any.</param>
/// <param name="RedirectFrom">The paths of the front matter's <c>redirect_from</c>.</param>
internal sealed record ComposedPost(PostContent Content, bool ExplicitSlug, string? ExplicitPermalink, IReadOnlyList<string>? RedirectFrom = null);
