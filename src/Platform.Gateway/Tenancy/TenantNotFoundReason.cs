namespace Platform.Gateway.Tenancy;

/// <summary>Why a request did not map to a blog (for logs and tests; the response is the same 404).</summary>
public enum TenantNotFoundReason
{
    /// <summary>The request was not rejected.</summary>
    None = 0,

    /// <summary>No host, or a host that is not a syntactically valid host name, IP address or port.</summary>
    InvalidHost = 1,

    /// <summary>The host is neither a custom domain, nor the platform domain or under it, nor local.</summary>
    UnknownHost = 2,

    /// <summary>The host has more than one label before the platform domain (<c>a.b.{domain}</c>).</summary>
    NestedSubdomain = 3,

    /// <summary>The subdomain label or <c>/@</c> segment is not a well-formed blog name.</summary>
    InvalidBlogName = 4,

    /// <summary>The subdomain label or <c>/@</c> segment is a reserved name.</summary>
    ReservedBlogName = 5,

    /// <summary>The host allows path addressing, but the path does not start with <c>/@{blog}</c>.</summary>
    NoBlogInPath = 6,
}
