using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Gateway.Hosting;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Settings;

/// <summary>
/// <c>/studio/{blog}/settings</c>: the blog's settings as a form, for its owners (as <c>PATCH /api/v1/blogs/{blog}</c>
/// is). A save is posted with an antiforgery token, checked by the same validator as the API's, and answered with a
/// redirect (so a reload never posts twice) or the form again with the field at fault marked.
/// </summary>
internal static class StudioSettingsEndpoints
{
    public static void MapStudioSettings(this RouteGroupBuilder studio)
    {
        studio.MapGet("/{blog}/settings", ShowAsync);
        studio.MapPost("/{blog}/settings", SaveAsync).DisableAntiforgery(); // validated in the handler, with a page as the answer
    }

    private static async Task<IResult> ShowAsync(string blog, bool? saved, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IOptions<PlatformOptions> options)
    {
        var (grants, grant, denied) = await StudioEndpoints.AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return denied;
        }

        var settings = await SettingsAsync(authoring, blog);
        if (settings is null)
        {
            return Results.NotFound();
        }

        var text = StudioText.For(settings.Locale);
        StudioEndpoints.Prepare(context, antiforgery, grants, blog, text);
        if (grant!.Role != TokenRole.Owner)
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.Settings, Message = text.OwnersOnly }, StatusCodes.Status403Forbidden);
        }

        return StudioResults.Page<SettingsView>(context, Parameters(SettingsForm.From(settings), settings, options.Value, saved == true, null, text));
    }

    private static async Task<IResult> SaveAsync(string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, CustomDomainSync domains, IOptions<PlatformOptions> options)
    {
        var (grants, grant, denied) = await StudioEndpoints.AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return denied;
        }

        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var settings = await SettingsAsync(authoring, blog);
        if (settings is null)
        {
            return Results.NotFound();
        }

        var text = StudioText.For(settings.Locale);
        StudioEndpoints.Prepare(context, antiforgery, grants, blog, text);
        if (grant!.Role != TokenRole.Owner)
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.Settings, Message = text.OwnersOnly }, StatusCodes.Status403Forbidden);
        }

        if (context.Request.ContentLength is null or > SettingsForm.MaxBytes)
        {
            StudioHeaders.Apply(context.Response);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var form = SettingsForm.From(await context.Request.ReadFormAsync(context.RequestAborted));
        try
        {
            var saved = await authoring.UpdateBlogAsync(blog, form.ToUpdate());
            if (!saved.CustomDomains.SequenceEqual(settings.CustomDomains, StringComparer.Ordinal))
            {
                await domains.RefreshAsync();
            }

            return Results.Redirect(StudioLinks.Settings(blog) + "?saved=true");
        }
        catch (InvalidInputException refused)
        {
            return StudioResults.Page<SettingsView>(context, Parameters(form, settings, options.Value, false, refused, text), StatusCodes.Status400BadRequest);
        }
    }

    private static Dictionary<string, object?> Parameters(SettingsForm form, BlogSettings stored, PlatformOptions options, bool saved, BloggingException? refused, StudioText text) => new()
    {
        ["Form"] = form,
        ["Saved"] = saved,
        ["Error"] = refused is null ? null : StudioErrorText.For(text, refused),
        ["ErrorField"] = refused?.Field,
        ["Domains"] = stored.CustomDomains,
        ["DnsTarget"] = DnsTarget(options.Domain, stored.Name),
    };

    /// <summary>Where a custom domain's CNAME points: the blog's own host on the platform domain (none on localhost or an address).</summary>
    private static string? DnsTarget(string platformDomain, string blog) =>
        string.Equals(platformDomain, "localhost", StringComparison.OrdinalIgnoreCase) || System.Net.IPAddress.TryParse(platformDomain, out _)
            ? null
            : blog + "." + platformDomain;

    private static async Task<BlogSettings?> SettingsAsync(BlogAuthoring authoring, string blog)
    {
        try
        {
            return await authoring.GetSettingsAsync(blog);
        }
        catch (BlogNotFoundException)
        {
            return null;
        }
    }
}
