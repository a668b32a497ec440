namespace Platform.Gateway.Api.Tokens;

/// <summary>The body of <c>POST /api/v1/blogs/{blog}/tokens</c>: a label and a role (owner, editor, author, contributor).</summary>
internal sealed record CreateTokenRequest(string? Name, string? Role);
