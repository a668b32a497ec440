using Platform.Gateway.Api.Tokens;

namespace Platform.Gateway.Api.Blogs;

/// <summary>
/// What <c>POST /api/v1/blogs</c> answers: the blog, its first owner token (its secret is shown only here) and a
/// one-time invitation link for the first owner's studio account.
/// </summary>
internal sealed record CreatedBlogResponse(BlogResource Blog, IssuedTokenResource Token, OwnerInvitationResource Invitation);
