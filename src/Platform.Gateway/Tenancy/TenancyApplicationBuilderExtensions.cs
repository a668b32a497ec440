using Microsoft.AspNetCore.Builder;

namespace Platform.Gateway.Tenancy;

/// <summary>Adds tenant resolution to a request pipeline.</summary>
public static class TenancyApplicationBuilderExtensions
{
    /// <summary>
    /// Resolves every request outside <c>/api</c>, <c>/health</c> and <c>/openapi</c> to a blog (see
    /// <see cref="TenantResolver"/>), answering 404 when there is none. Place it after forwarded headers and the
    /// exception handler and before <c>UseRouting</c>, so routes see the path without <c>/@{blog}</c>.
    /// </summary>
    public static IApplicationBuilder UseBlogTenancy(this IApplicationBuilder app) => app.UseMiddleware<TenancyMiddleware>();
}
