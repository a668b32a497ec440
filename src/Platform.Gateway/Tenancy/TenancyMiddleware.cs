using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Gateway.Errors;

namespace Platform.Gateway.Tenancy;

/// <summary>
/// Resolves each page request to a blog with <see cref="TenantResolver"/>, sets <see cref="BlogContext"/>, and for
/// <c>/@{blog}/...</c> moves the prefix into <c>PathBase</c>. Unknown blogs get the platform's 404 page.
/// </summary>
internal sealed partial class TenancyMiddleware(
    RequestDelegate next,
    ICustomDomainMap customDomains,
    IOptions<PlatformOptions> options,
    Management.ManagementOptions management,
    ILogger<TenancyMiddleware> logger)
{
    private readonly string _platformDomain = options.Value.Domain;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (TenancyBypass.Matches(request.Path) || management.IsManagementRequest(context)
            || (TenancyBypass.IsStudio(request.Path) && TenantResolver.IsPlatformHost(request.Host.Value, _platformDomain)))
        {
            await next(context);
            return;
        }

        var result = TenantResolver.Resolve(request.Host.Value, request.Path.Value, customDomains, _platformDomain);
        switch (result.Status)
        {
            case TenantResolutionStatus.Resolved:
                await InvokeForBlogAsync(context, result);
                return;
            case TenantResolutionStatus.RedirectToSlash:
                context.Response.Redirect(string.Concat(request.PathBase.Value, result.Path, request.QueryString.Value), permanent: true);
                return;
            default:
                LogNotFound(logger, result.NotFoundReason);
                await PlatformErrorPage.WriteAsync(context, StatusCodes.Status404NotFound);
                return;
        }
    }

    private async Task InvokeForBlogAsync(HttpContext context, TenantResolution result)
    {
        var request = context.Request;
        var originalPathBase = request.PathBase;
        var originalPath = request.Path;
        if (result.Source == TenantSource.PathPrefix)
        {
            request.PathBase = originalPathBase.Add(new PathString(result.PathBase));
            request.Path = new PathString(result.Path);
        }

        context.Features.Set(new BlogContext(result.Blog!, result.Source, request.PathBase));
        try
        {
            await next(context);
        }
        finally
        {
            request.PathBase = originalPathBase;
            request.Path = originalPath;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "No blog for this request: {Reason}")]
    private static partial void LogNotFound(ILogger logger, TenantNotFoundReason reason);
}
