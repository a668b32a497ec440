using Platform.Gateway.Api.Tokens;

namespace Platform.Gateway.Api.Blogs;

/// <summary>What <c>POST /api/v1/blogs</c> answers: the blog and its first owner token (its secret is shown only here).</summary>
internal sealed record CreatedBlogResponse(BlogResource Blog, IssuedTokenResource Token);
