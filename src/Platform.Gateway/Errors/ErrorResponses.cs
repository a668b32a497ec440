using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Errors;

/// <summary>
/// Error responses by audience: <c>/api</c> gets <c>application/problem+json</c>, everything else the platform's
/// HTML error page. The exception handler middleware logs the exception itself. Exception details appear only in the Development environment, and only in problem details.
/// </summary>
internal static class ErrorResponses
{
    /// <summary>The exception handler's delegate (<c>UseExceptionHandler</c>).</summary>
    public static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (!TenancyBypass.IsApi(context.Request.Path))
        {
            await PlatformErrorPage.WriteAsync(context, status);
            return;
        }

        var problem = new ProblemDetails { Status = status };
        if (error is not null && context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            problem.Detail = error.ToString();
        }

        await WriteProblemAsync(context, status, problem, error);
    }

    /// <summary>The status-code pages' delegate: fills empty error responses.</summary>
    public static async Task WriteStatusCodePageAsync(StatusCodeContext statusContext)
    {
        var context = statusContext.HttpContext;
        var status = context.Response.StatusCode;
        if (TenancyBypass.IsApi(context.Request.Path))
        {
            await WriteProblemAsync(context, status, new ProblemDetails { Status = status }, null);
            return;
        }

        await PlatformErrorPage.WriteAsync(context, status);
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, ProblemDetails problem, Exception? error)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = error });
        if (!written)
        {
            // The client refused JSON (Accept without it): answer with the status alone.
            context.Response.ContentLength = 0;
        }
    }
}
