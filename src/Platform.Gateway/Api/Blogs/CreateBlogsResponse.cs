using Microsoft.AspNetCore.Mvc;

namespace Platform.Gateway.Api.Blogs;

/// <summary>What <c>POST /api/v1/blogs/batch</c> answers: how many were created and failed, and each result in order.</summary>
internal sealed record CreateBlogsResponse(int Created, int Failed, IReadOnlyList<CreateBlogsResult> Results);

/// <summary>One blog of a batch: 201 with the blog and its owner token, or the status and problem it would have had alone.</summary>
internal sealed record CreateBlogsResult(int Status, CreatedBlogResponse? Created, ProblemDetails? Problem);
