namespace Platform.Gateway.Api.Blogs;

/// <summary>The body of <c>POST /api/v1/blogs/batch</c>: up to <see cref="BlogsApi.BatchLimit"/> blogs to create.</summary>
internal sealed record CreateBlogsRequest(IReadOnlyList<CreateBlogRequest?>? Blogs);
