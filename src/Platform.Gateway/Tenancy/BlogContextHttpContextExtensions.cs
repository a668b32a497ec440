using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Tenancy;

/// <summary>Reads the <see cref="BlogContext"/> the tenancy middleware set.</summary>
public static class BlogContextHttpContextExtensions
{
    /// <summary>The request's blog, or <see langword="null"/> when the request is not a blog request (API, health).</summary>
    public static BlogContext? GetBlogContext(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<BlogContext>();
    }

    /// <summary>The request's blog.</summary>
    /// <exception cref="InvalidOperationException">The tenancy middleware did not resolve a blog for this request.</exception>
    public static BlogContext GetRequiredBlogContext(this HttpContext context) =>
        context.GetBlogContext() ?? throw new InvalidOperationException("No blog was resolved for this request; is the endpoint outside the tenancy middleware?");
}
