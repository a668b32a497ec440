using Microsoft.Net.Http.Headers;

namespace Platform.Gateway.Api.Errors;

/// <summary>
/// Turns the refusals handlers throw (domain exceptions, <see cref="ApiException"/>) into problem+json. Anything
/// else propagates to the exception handler: an unexpected exception is a bug and stays a 500.
/// </summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (ApiProblems.FromException(exception) is { } problem)
        {
            if (problem.StatusCode == StatusCodes.Status401Unauthorized)
            {
                context.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            }

            context.HttpContext.Response.Headers.ETag = default;
            return problem;
        }
    }
}
