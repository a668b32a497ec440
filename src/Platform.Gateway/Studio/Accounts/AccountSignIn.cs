using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Platform.Blogging.Accounts;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>
/// Signing in with an email and password, and the second step when the account has two-factor sign-in on: the
/// password step then sets a short-lived cookie (five minutes, <c>Path=/studio/signin</c>) naming the user and the
/// stamp it was checked against, and only a good TOTP or recovery code turns it into a session.
/// </summary>
internal static class AccountSignIn
{
    public const string PendingScheme = "studio-2fa";

    public static async Task<IResult> PasswordAsync(HttpContext context, IAntiforgery antiforgery, IFormCollection form, string? returnUrl, StudioText text)
    {
        var accounts = context.RequestServices.GetRequiredService<AccountService>();
        var email = form["email"].ToString();
        var password = form["password"].ToString();
        var result = email.Length <= EmailAddress.MaxLength && password.Length <= AccountLimits.MaxPasswordLength
            ? await accounts.SignInAsync(email, password)
            : SignInResult.Failed;
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                var user = await accounts.User(result.UserId!).Read();
                if (user is not null)
                {
                    await StudioSessions.SignInAsync(context, user, await TokenGrantsAsync(context));
                    var log = Log(context);
                    AccountLog.SignedIn(log, user.Id);
                    return Results.Redirect(returnUrl ?? "/studio");
                }

                break;
            case SignInOutcome.NeedsSecondFactor:
                var claims = new List<Claim> { new(StudioSessions.UserClaim, result.UserId!), new(StudioSessions.StampClaim, result.SecurityStamp!) };
                if (returnUrl is not null)
                {
                    claims.Add(new Claim("platform:return", returnUrl));
                }

                await context.SignInAsync(PendingScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, PendingScheme)));
                return Results.Redirect("/studio/signin/code");
            case SignInOutcome.LockedOut:
                var lockLog = Log(context);
                AccountLog.LockedOut(lockLog);
                return Form(context, antiforgery, text, text.LockedOut(result.LockedUntil ?? DateTimeOffset.UtcNow), email, returnUrl, StatusCodes.Status429TooManyRequests);
        }

        return Form(context, antiforgery, text, text.BadCredentials, email, returnUrl, StatusCodes.Status400BadRequest);
    }

    public static IResult CodeForm(HttpContext context, IAntiforgery antiforgery)
    {
        var text = StudioEndpoints.BrowserText(context);
        StudioEndpoints.Prepare(context, antiforgery, [], null, text);
        return StudioResults.Page<TwoFactorView>(context);
    }

    public static async Task<IResult> CodeAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts)
    {
        var text = StudioEndpoints.BrowserText(context);
        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var pending = await context.AuthenticateAsync(PendingScheme);
        var userId = pending.Principal?.FindFirstValue(StudioSessions.UserClaim);
        var stamp = pending.Principal?.FindFirstValue(StudioSessions.StampClaim);
        StudioEndpoints.Prepare(context, antiforgery, [], null, text);
        if (!pending.Succeeded || userId is null || stamp is null || !AccountIds.IsUserId(userId))
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.TwoFactor, Message = text.CodeExpired, LinkHref = "/studio/signin", LinkText = text.SignIn }, StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var code = form["code"].ToString();
        var result = code.Length is > 0 and <= 32 ? await accounts.User(userId).CheckSecondFactor(stamp, code) : SignInResult.Failed;
        if (result.Outcome == SignInOutcome.Succeeded && await accounts.User(userId).Read() is { } user)
        {
            await context.SignOutAsync(PendingScheme);
            await StudioSessions.SignInAsync(context, user, await TokenGrantsAsync(context));
            var log = Log(context);
                    AccountLog.SignedIn(log, user.Id);
            return Results.Redirect(StudioEndpoints.SafeReturn(pending.Principal!.FindFirstValue("platform:return")) ?? "/studio");
        }

        var message = result.Outcome == SignInOutcome.LockedOut ? text.LockedOut(result.LockedUntil ?? DateTimeOffset.UtcNow) : text.BadCode;
        return StudioResults.Page<TwoFactorView>(context, new { Error = message }, result.Outcome == SignInOutcome.LockedOut ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest);
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, StudioText text, string error, string email, string? returnUrl, int status)
    {
        StudioEndpoints.Prepare(context, antiforgery, StudioSessions.Cached(context)?.Grants ?? [], null, text);
        return StudioResults.Page<SignInView>(context, new { Error = error, Email = email.Length <= EmailAddress.MaxLength ? email : "", ReturnUrl = returnUrl }, status);
    }

    /// <summary>The blog-token grants the session holds already, kept across an account sign-in.</summary>
    private static async Task<IReadOnlyList<StudioGrant>> TokenGrantsAsync(HttpContext context) =>
        (await StudioSessions.ReadAsync(context)).Grants.Where(g => g.TokenId is not null).ToArray();

    private static ILogger Log(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Gateway.Studio.Accounts");
}
