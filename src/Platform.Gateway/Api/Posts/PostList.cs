namespace Platform.Gateway.Api.Posts;

/// <summary>A page of posts: <c>{ posts: [...], meta: { pagination: {...} } }</c>.</summary>
internal sealed record PostList(IReadOnlyList<PostSummary> Posts, PostListMeta Meta);
