using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Gateway.Studio.Shell;

/// <summary>Renders a studio page component as the answer, with the studio's security headers.</summary>
internal static class StudioResults
{
    public static IResult Page<TComponent>(HttpContext context, object? parameters = null, int status = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        StudioHeaders.Apply(context.Response);
        return new RazorComponentResult<TComponent>(parameters ?? new Dictionary<string, object?>())
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
            PreventStreamingRendering = true,
        };
    }
}
