namespace Platform.Blogging.Blogs;

/// <summary>The answer to a reader's probe of a blog (<see cref="IBlogGrain.Read"/>).</summary>
/// <param name="Version">The blog's current version; 0 when there is no such blog.</param>
/// <param name="Index">The index, or null when the caller already holds this version (or there is no blog).</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.BlogRead")]
public sealed record BlogRead(long Version, BlogIndex? Index)
{
    /// <summary>Whether the blog exists.</summary>
    public bool Exists => Version > 0;
}
