using Microsoft.AspNetCore.Http;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Pages;

/// <summary>Hands requests that tenancy resolved to a blog to the <see cref="IBlogPageHandler"/>; the rest pass through.</summary>
internal sealed class BlogPagesMiddleware(RequestDelegate next, IBlogPageHandler pages)
{
    public Task InvokeAsync(HttpContext context) =>
        context.GetBlogContext() is { } blog ? pages.HandleAsync(context, blog) : next(context);
}
