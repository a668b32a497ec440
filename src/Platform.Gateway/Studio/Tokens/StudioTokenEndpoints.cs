using Microsoft.AspNetCore.Antiforgery;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Tokens;

/// <summary>
/// <c>/studio/{blog}/tokens</c>: the blog's API tokens for its owners, as <c>/api/v1/blogs/{blog}/tokens</c> is: the
/// list (never a secret), create (the secret shown once, on the answer to the POST) and revoke. The same grain calls
/// and rules as the API; every POST carries an antiforgery token; another blog's page is 403 whether it exists or not.
/// </summary>
internal static class StudioTokenEndpoints
{
    private const string LogCategory = "Platform.Gateway.Studio.Tokens";

    public static void MapStudioTokens(this RouteGroupBuilder studio)
    {
        studio.MapGet("/{blog}/tokens", ShowAsync);
        studio.MapPost("/{blog}/tokens", CreateAsync).DisableAntiforgery(); // validated in the handler, with a page as the answer
        studio.MapPost("/{blog}/tokens/revoke", RevokeAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ShowAsync(string blog, string? revoked, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IGrainFactory grains)
    {
        var (model, refused) = await OpenAsync(blog, context, antiforgery, authoring, grains, post: false);
        if (model is null)
        {
            return refused!;
        }

        var text = Text(context);
        var notice = revoked is { Length: > 0 and <= 100 } && model.Names.Tokens.FirstOrDefault(t => t.Id == revoked && t.RevokedAt is not null) is { } gone
            ? text.TokenRevoked(gone.Name)
            : null;
        return StudioResults.Page<TokensView>(context, new { Content = model with { Notice = notice } });
    }

    private static async Task<IResult> CreateAsync(string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IGrainFactory grains, ILoggerFactory logs)
    {
        var (model, refused) = await OpenAsync(blog, context, antiforgery, authoring, grains, post: true);
        if (model is null)
        {
            return refused!;
        }

        if (context.Request.ContentLength is null or > TokenForm.MaxBytes)
        {
            StudioHeaders.Apply(context.Response);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var text = Text(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["name"].ToString();
        var roleName = form["role"].ToString().Trim();
        var typed = model with { Name = name, Role = roleName };
        var errors = TokenForm.Check(name, roleName, text, out var role);
        if (errors.Count > 0)
        {
            return StudioResults.Page<TokensView>(context, new { Content = typed with { Errors = errors } }, StatusCodes.Status400BadRequest);
        }

        IssuedToken issued;
        try
        {
            issued = await grains.GetGrain<IBlogAccessGrain>(blog).Issue(name.Trim(), role);
        }
        catch (InvalidInputException e)
        {
            var field = e.Field == "role" ? "role" : "name";
            return StudioResults.Page<TokensView>(
                context, new { Content = typed with { Errors = new Dictionary<string, string> { [field] = StudioErrorText.For(text, e) } } }, StatusCodes.Status400BadRequest);
        }

        var log = logs.CreateLogger(LogCategory);
        var actor = Actor(model.Grant);
        StudioTokenLog.Issued(log, issued.Info.Id, role, blog, actor);
        var names = await OwnerNames.LoadAsync(grains, blog);
        return StudioResults.Page<TokensView>(context, new { Content = model with { Names = names, Issued = issued } });
    }

    private static async Task<IResult> RevokeAsync(string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IGrainFactory grains, ILoggerFactory logs)
    {
        var (model, refused) = await OpenAsync(blog, context, antiforgery, authoring, grains, post: true);
        if (model is null)
        {
            return refused!;
        }

        if (context.Request.ContentLength is null or > TokenForm.MaxBytes)
        {
            StudioHeaders.Apply(context.Response);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var id = (await context.Request.ReadFormAsync(context.RequestAborted))["id"].ToString();
        var text = Text(context);

        // As the API: any token of the blog, live or not (revoking twice changes nothing); an unknown id is a 404.
        if (id.Length is 0 or > 100 || !model.Names.Tokens.Any(t => t.Id == id) || !await grains.GetGrain<IBlogAccessGrain>(blog).Revoke(id))
        {
            return StudioResults.Page<MessageView>(
                context, new { Title = text.BlogTokens, Message = text.TokenMissing, LinkHref = StudioLinks.Tokens(blog), LinkText = text.BlogTokens }, StatusCodes.Status404NotFound);
        }

        var log = logs.CreateLogger(LogCategory);
        var actor = Actor(model.Grant);
        StudioTokenLog.Revoked(log, id, blog, actor);

        // A session that signed in with this very token has just lost the blog: it goes where its other grants lead.
        return Results.Redirect(model.Grant.TokenId == id ? "/studio/" : StudioLinks.Tokens(blog) + "?revoked=" + Uri.EscapeDataString(id));
    }

    /// <summary>The page's model once the session may manage the blog's tokens; otherwise the refusal (sign-in, 403, 400, 404).</summary>
    private static async Task<(TokensModel? Model, IResult? Refused)> OpenAsync(
        string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IGrainFactory grains, bool post)
    {
        var (grants, grant, denied) = await StudioEndpoints.AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return (null, denied);
        }

        if (post && !await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return (null, Results.BadRequest());
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
        if (grant!.Role != TokenRole.Owner)
        {
            return (null, StudioResults.Page<MessageView>(context, new { Title = text.BlogTokens, Message = text.BlogTokensOwnersOnly }, StatusCodes.Status403Forbidden));
        }

        return (new TokensModel(grant, settings.ResolveTimeZone(), await OwnerNames.LoadAsync(grains, blog)), null);
    }

    private static StudioText Text(HttpContext context) => context.RequestServices.GetRequiredService<StudioPage>().Text;

    /// <summary>Who acted, for the log: the session's blog token id, or the member's owner id.</summary>
    private static string Actor(StudioGrant grant) => grant.TokenId ?? grant.PostOwnerId;
}
