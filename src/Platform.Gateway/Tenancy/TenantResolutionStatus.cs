namespace Platform.Gateway.Tenancy;

/// <summary>The outcome of resolving a request to a blog.</summary>
public enum TenantResolutionStatus
{
    /// <summary>No blog: answer 404. There is never a default blog.</summary>
    NotFound = 0,

    /// <summary>The request names a blog; serve it.</summary>
    Resolved = 1,

    /// <summary>The request is <c>/@{blog}</c> without the trailing slash: redirect to <c>/@{blog}/</c>.</summary>
    RedirectToSlash = 2,
}
