using Microsoft.AspNetCore.Antiforgery;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Errors;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>
/// <c>/studio/account</c>: change the password, turn two-factor sign-in on or off, create and revoke personal API
/// tokens. Only for a signed-in user; a change of credentials ends the user's other sessions (a new security stamp)
/// and re-issues this session's cookie.
/// </summary>
internal static class AccountPageEndpoints
{
    public static void MapAccountPage(this RouteGroupBuilder studio)
    {
        studio.MapGet("/account", PageAsync);
        studio.MapPost("/account/password", PasswordAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapPost("/account/2fa/begin", BeginAsync).DisableAntiforgery();
        studio.MapPost("/account/2fa/confirm", ConfirmAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapPost("/account/2fa/disable", DisableAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapPost("/account/tokens", CreateTokenAsync).DisableAntiforgery();
        studio.MapPost("/account/tokens/revoke", RevokeTokenAsync).DisableAntiforgery();
    }

    private static async Task<IResult> PageAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains)
    {
        var identity = await StudioSessions.ReadAsync(context);
        if (identity.User is null)
        {
            return Results.Redirect("/studio/signin?returnUrl=%2Fstudio%2Faccount");
        }

        return await RenderAsync(context, antiforgery, grains, new());
    }

    private static Task<IResult> PasswordAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(context, antiforgery, grains, async (user, form, text) =>
        {
            try
            {
                if (!await grains.GetGrain<IUserGrain>(user.Id).ChangePassword(form["currentPassword"].ToString(), form["newPassword"].ToString()))
                {
                    return (new AccountPage { Error = text.WrongPassword }, StatusCodes.Status400BadRequest, false);
                }
            }
            catch (InvalidInputException e)
            {
                return (new AccountPage { Error = AccountEndpoints.PasswordError(text, e) }, StatusCodes.Status400BadRequest, false);
            }

            return (new AccountPage { Notice = text.PasswordChanged }, StatusCodes.Status200OK, true);
        }, "password changed");

    private static Task<IResult> BeginAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(context, antiforgery, grains, async (user, _, _) =>
            (new AccountPage { Setup = await grains.GetGrain<IUserGrain>(user.Id).BeginTwoFactor() }, StatusCodes.Status200OK, false), null);

    private static Task<IResult> ConfirmAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(context, antiforgery, grains, async (user, form, text) =>
        {
            var code = form["code"].ToString();
            var codes = code.Length <= 16 ? await grains.GetGrain<IUserGrain>(user.Id).ConfirmTwoFactor(code) : null;
            return codes is null
                ? (new AccountPage { Error = text.BadCode }, StatusCodes.Status400BadRequest, false)
                : (new AccountPage { RecoveryCodes = codes }, StatusCodes.Status200OK, true);
        }, "two-factor sign-in on");

    private static Task<IResult> DisableAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(context, antiforgery, grains, async (user, form, text) =>
            await grains.GetGrain<IUserGrain>(user.Id).DisableTwoFactor(form["password"].ToString())
                ? (new AccountPage { Notice = text.TwoFactorOff }, StatusCodes.Status200OK, true)
                : (new AccountPage { Error = text.WrongPassword }, StatusCodes.Status400BadRequest, false), "two-factor sign-in off");

    private static Task<IResult> CreateTokenAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(context, antiforgery, grains, async (user, form, text) =>
        {
            var blog = form["blog"].ToString();
            var identity = await StudioSessions.ReadAsync(context);
            if (!identity.Grants.Any(g => g.TokenId is null && g.Blog == blog))
            {
                return (new AccountPage { Error = text.CannotGrant }, StatusCodes.Status403Forbidden, false);
            }

            if (!TryRole(form["role"].ToString(), out var role))
            {
                return (new AccountPage { Error = text.CannotGrant }, StatusCodes.Status400BadRequest, false);
            }

            try
            {
                var issued = await grains.GetGrain<IBlogAccessGrain>(blog).IssuePersonal(user.Id, form["name"].ToString(), role);
                return (new AccountPage { NewToken = issued.Secret }, StatusCodes.Status200OK, false);
            }
            catch (InvalidInputException e)
            {
                return (new AccountPage { Error = e.Field == "role" ? text.CannotGrant : StudioErrorText.For(text, e) }, StatusCodes.Status400BadRequest, false);
            }
        }, null);

    private static Task<IResult> RevokeTokenAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(context, antiforgery, grains, async (user, form, text) =>
        {
            var blog = form["blog"].ToString();
            var id = form["id"].ToString();
            var access = grains.GetGrain<IBlogAccessGrain>(blog);
            // Only the user's own tokens, of blogs they belong to (a blog they left has revoked them already).
            if (!user.Blogs.Contains(blog, StringComparer.Ordinal) || !(await access.List()).Any(t => t.Id == id && t.UserId == user.Id))
            {
                return (new AccountPage { Error = text.CannotManage }, StatusCodes.Status404NotFound, false);
            }

            await access.Revoke(id);
            return (new AccountPage(), StatusCodes.Status200OK, false);
        }, null);

    private static async Task<IResult> HandleAsync(
        HttpContext context, IAntiforgery antiforgery, IGrainFactory grains,
        Func<UserInfo, IFormCollection, StudioText, Task<(AccountPage Page, int Status, bool Reissue)>> handle, string? change)
    {
        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var identity = await StudioSessions.ReadAsync(context);
        if (identity.User is not { } user)
        {
            return Results.Redirect("/studio/signin?returnUrl=%2Fstudio%2Faccount");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (page, status, reissue) = await handle(user, form, TextOf(user));
        if (reissue)
        {
            // The security stamp changed: other sessions end; this one gets a new ticket with the new stamp.
            var fresh = (await grains.GetGrain<IUserGrain>(user.Id).Read())!;
            await StudioSessions.SignInAsync(context, fresh, identity.Grants.Where(g => g.TokenId is not null));
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Gateway.Studio.Accounts");
            AccountLog.CredentialsChanged(log, user.Id, change ?? "");
        }
        else
        {
            // The handler may have changed what the page shows (tokens, a pending secret): read the user again.
            StudioSessions.Forget(context);
        }

        return await RenderAsync(context, antiforgery, grains, page, status);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains, AccountPage page, int status = StatusCodes.Status200OK)
    {
        var identity = await StudioSessions.ReadAsync(context);
        var user = identity.User!;
        StudioEndpoints.Prepare(context, antiforgery, identity.Grants, null, TextOf(user));
        var tokens = new List<(string, TokenInfo)>();
        foreach (var blog in user.Blogs)
        {
            tokens.AddRange((await grains.GetGrain<IBlogAccessGrain>(blog).List()).Where(t => t.UserId == user.Id && t.RevokedAt is null).Select(t => (blog, t)));
        }

        return StudioResults.Page<AccountView>(context, new
        {
            page.Notice, page.Error, page.Setup, page.RecoveryCodes, page.NewToken,
            Tokens = (IReadOnlyList<(string Blog, TokenInfo Token)>)tokens,
        }, status);
    }

    internal static bool TryRole(string value, out TokenRole role)
    {
        role = value switch
        {
            "owner" => TokenRole.Owner,
            "editor" => TokenRole.Editor,
            "author" => TokenRole.Author,
            _ => TokenRole.Contributor,
        };
        return value is "owner" or "editor" or "author" or "contributor";
    }

    private static StudioText TextOf(UserInfo user) => StudioText.For(user.Language);

    private sealed class AccountPage
    {
        public string? Notice { get; init; }

        public string? Error { get; init; }

        public TotpSetup? Setup { get; init; }

        public IReadOnlyList<string>? RecoveryCodes { get; init; }

        public string? NewToken { get; init; }
    }
}
