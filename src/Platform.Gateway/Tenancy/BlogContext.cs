using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Tenancy;

/// <summary>
/// The blog a request belongs to, set as an HTTP feature by the tenancy middleware before routing. Page endpoints
/// read it with <see cref="BlogContextHttpContextExtensions.GetBlogContext"/>; they are mapped once and serve all
/// three addressing modes, because the middleware moves <c>/@{blog}</c> from the path into the path base.
/// </summary>
/// <param name="blog">The blog's name.</param>
/// <param name="source">How the request was mapped to the blog.</param>
/// <param name="pathBase">The path base to put before the blog's own paths when generating URLs (e.g. <c>/@alice</c>, or empty).</param>
public sealed class BlogContext(string blog, TenantSource source, PathString pathBase)
{
    /// <summary>The blog's name.</summary>
    public string Blog { get; } = blog;

    /// <summary>How the request was mapped to the blog.</summary>
    public TenantSource Source { get; } = source;

    /// <summary>The request's path base after resolution, including <c>/@{blog}</c> for path addressing.</summary>
    public PathString PathBase { get; } = pathBase;
}
