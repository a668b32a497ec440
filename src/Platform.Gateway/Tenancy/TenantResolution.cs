namespace Platform.Gateway.Tenancy;

/// <summary>The result of <see cref="TenantResolver.Resolve"/>.</summary>
/// <param name="Status">Whether the request maps to a blog, needs a redirect, or maps to nothing.</param>
/// <param name="Blog">The blog's name when <paramref name="Status"/> is not <see cref="TenantResolutionStatus.NotFound"/>.</param>
/// <param name="Source">How the blog was found.</param>
/// <param name="PathBase">The blog's path base: <c>/@{blog}</c> for path addressing, otherwise empty.</param>
/// <param name="Path">The path below <paramref name="PathBase"/> (starts with <c>/</c>), or the redirect target for <see cref="TenantResolutionStatus.RedirectToSlash"/>.</param>
/// <param name="NotFoundReason">Why nothing matched, when <paramref name="Status"/> is <see cref="TenantResolutionStatus.NotFound"/>.</param>
public readonly record struct TenantResolution(
    TenantResolutionStatus Status,
    string? Blog,
    TenantSource Source,
    string PathBase,
    string Path,
    TenantNotFoundReason NotFoundReason)
{
    internal static TenantResolution NotFound(TenantNotFoundReason reason) =>
        new(TenantResolutionStatus.NotFound, null, TenantSource.None, string.Empty, string.Empty, reason);

    internal static TenantResolution Found(string blog, TenantSource source, string pathBase, string path) =>
        new(TenantResolutionStatus.Resolved, blog, source, pathBase, path, TenantNotFoundReason.None);

    internal static TenantResolution Redirect(string blog, string location) =>
        new(TenantResolutionStatus.RedirectToSlash, blog, TenantSource.PathPrefix, string.Empty, location, TenantNotFoundReason.None);
}
