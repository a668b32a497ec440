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

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
