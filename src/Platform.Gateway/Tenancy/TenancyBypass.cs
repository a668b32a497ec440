using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Tenancy;

/// <summary>Paths that are never tenant-resolved: the author API, health probes and the OpenAPI document.</summary>
internal static class TenancyBypass
{
    private static readonly PathString[] s_prefixes = [new("/api"), new("/health"), new("/openapi"), new("/_platform/assets")];

    public static bool Matches(PathString path)
    {
        foreach (var prefix in s_prefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The studio (<c>/studio</c>): served on the platform's own host only, never under a blog's host.</summary>
    public static bool IsStudio(PathString path) => path.StartsWithSegments("/studio", StringComparison.OrdinalIgnoreCase);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
