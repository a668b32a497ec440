namespace Platform.Gateway.Api.Posts;

/// <summary>The <c>meta</c> member of a post list.</summary>
internal sealed record PostListMeta(Pagination Pagination);
