namespace Platform.Gateway.Api.Blogs;

/// <summary>
/// The first owner's invitation: open <c>url</c> in a browser to create the studio account (or join with an existing
/// one) as the blog's owner. It works once and expires at <c>expiresAt</c>; <c>email</c> is the address it is bound
/// to (null: anyone holding the link); <c>mailed</c> says whether it was sent there.
/// </summary>
internal sealed record OwnerInvitationResource(string Url, string? Email, DateTimeOffset ExpiresAt, bool Mailed);
