using Microsoft.AspNetCore.Antiforgery;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Gateway.Api.Auth;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Posts;

/// <summary>
/// A studio request on one blog's posts, once allowed: the session's grant, the blog's settings, its words and
/// time zone. <see cref="OpenAsync"/> answers for the request when it may not go on (sign-in, 403, 404).
/// </summary>
internal sealed record StudioBlogRequest(string Blog, StudioGrant Grant, BlogSettings Settings, StudioText Text, TimeZoneInfo Zone)
{
    /// <summary>The author API's rules for this session.</summary>
    public BlogAccess Access => Grant.ToAccess();

    public static async Task<(StudioBlogRequest? Request, IResult? Denied)> OpenAsync(HttpContext context, string blog, IAntiforgery antiforgery, BlogAuthoring authoring)
    {
        var (grants, grant, denied) = await StudioEndpoints.AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return (null, denied);
        }

        BlogSettings settings;
        try
        {
            settings = await authoring.GetSettingsAsync(blog);
        }
        catch (BlogNotFoundException)
        {
            StudioHeaders.Apply(context.Response);
            return (null, Results.NotFound());
        }

        var text = StudioText.For(settings.Locale);
        StudioEndpoints.Prepare(context, antiforgery, grants, blog, text);
        return (new StudioBlogRequest(blog, grant!, settings, text, settings.ResolveTimeZone()), null);
    }

    /// <summary>A page with one message and a way back to the post list.</summary>
    public IResult Message(HttpContext context, string message, int status) =>
        StudioResults.Page<MessageView>(context, new { Title = Text.Posts, Message = message, LinkHref = StudioPostLinks.Posts(Blog), LinkText = Text.BackToPosts }, status);
}
