using Microsoft.AspNetCore.Http;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Pages;

/// <summary>Answers every request that tenancy resolved to a blog.</summary>
public interface IBlogPageHandler
{
    /// <summary>Writes the response for a request to <paramref name="blog"/>.</summary>
    Task HandleAsync(HttpContext context, BlogContext blog);
}
