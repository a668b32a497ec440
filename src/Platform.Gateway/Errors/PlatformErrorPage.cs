using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Errors;

/// <summary>
/// The platform's own small error page (404 for requests that reach no blog, 500 for failures outside the API).
/// Self-contained: inline CSS, no scripts, no external resources, nothing from the request echoed back.
/// </summary>
internal static class PlatformErrorPage
{
    public const string NotFoundTitle = "Page not found";
    public const string ErrorTitle = "Something went wrong";

    private const string Template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{0} · Platform</title>
        <style>
        :root{{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#f6f8fa;--card:#fff;--accent:#0969da}}
        @media (prefers-color-scheme:dark){{:root{{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--accent:#4493f8}}}}
        *{{box-sizing:border-box}}
        body{{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--fg);
        font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans KR",sans-serif}}
        main{{max-width:32rem;margin:1.5rem;padding:2rem 2.5rem;background:var(--card);border-radius:12px;
        box-shadow:0 1px 3px rgba(0,0,0,.12)}}
        .code{{font-size:3rem;font-weight:700;color:var(--accent);margin:0}}
        h1{{font-size:1.4rem;margin:.25rem 0 .75rem}}
        p{{color:var(--muted);margin:0}}
        </style>
        </head>
        <body>
        <main>
        <p class="code">{1}</p>
        <h1>{0}</h1>
        <p>{2}</p>
        </main>
        </body>
        </html>
        """;

    private static readonly CompositeFormat s_template = CompositeFormat.Parse(Template);
    private static readonly byte[] s_notFound = Render(NotFoundTitle, 404, "There is no blog or page at this address. Check the link, or the blog may have moved.");
    private static readonly byte[] s_error = Render(ErrorTitle, 500, "The server could not complete this request. Please try again in a moment.");

    public static Task WriteAsync(HttpContext context, int statusCode)
    {
        var body = statusCode == StatusCodes.Status404NotFound ? s_notFound
            : statusCode >= 500 ? s_error
            : Render(StatusTitle(statusCode), statusCode, "The request could not be served.");
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static string StatusTitle(int statusCode) => statusCode switch
    {
        400 => "Bad request",
        403 => "Forbidden",
        405 => "Method not allowed",
        413 => "Request too large",
        _ => "Request not served",
    };

    private static byte[] Render(string title, int statusCode, string message) =>
        Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, s_template, title, statusCode, message));
}
