namespace Platform.Gateway.Tenancy;

/// <summary>How a request was mapped to a blog. The order of the members is the order of precedence.</summary>
public enum TenantSource
{
    /// <summary>Not mapped to a blog.</summary>
    None = 0,

    /// <summary>The request's host is a configured custom domain (exact match).</summary>
    CustomDomain = 1,

    /// <summary>The request's host is <c>{blog}.{platform domain}</c>.</summary>
    Subdomain = 2,

    /// <summary>The request's path starts with <c>/@{blog}/</c> on the platform domain, <c>localhost</c> or an IP address.</summary>
    PathPrefix = 3,
}
