using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Platform.Blogging.Accounts;
using Platform.Blogging.Errors;
using Platform.Gateway.Mail;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>
/// The studio's account routes: the second sign-in step, forgotten passwords, reset links and invitation links;
/// the account page (<see cref="AccountPageEndpoints"/>) and the members page (<see cref="MemberEndpoints"/>). Every
/// form checks its antiforgery token; every route that takes a password, code or link token is rate-limited per
/// client address.
/// </summary>
internal static class AccountEndpoints
{
    public static void MapAccounts(this RouteGroupBuilder studio)
    {
        studio.MapGet("/signin/code", AccountSignIn.CodeForm);
        studio.MapPost("/signin/code", AccountSignIn.CodeAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapGet("/password/forgot", ForgotFormAsync);
        studio.MapPost("/password/forgot", ForgotAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapGet("/password/reset", ResetForm);
        studio.MapPost("/password/reset", ResetAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapGet("/invitations/accept", AcceptFormAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy);
        studio.MapPost("/invitations/accept", AcceptAsync).RequireRateLimiting(StudioEndpoints.SignInPolicy).DisableAntiforgery();
        studio.MapAccountPage();
        studio.MapMembers();
    }

    private static async Task<IResult> ForgotFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        StudioEndpoints.Prepare(context, antiforgery, (await StudioSessions.ReadAsync(context)).Grants, null, StudioEndpoints.BrowserText(context));
        return StudioResults.Page<ForgotPasswordView>(context);
    }

    private static async Task<IResult> ForgotAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts, MailSender mail)
    {
        var text = StudioEndpoints.BrowserText(context);
        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var email = form["email"].ToString();
        StudioEndpoints.Prepare(context, antiforgery, (await StudioSessions.ReadAsync(context)).Grants, null, text);
        if (!EmailAddress.TryNormalize(email, out _))
        {
            return StudioResults.Page<ForgotPasswordView>(context, new { Error = EmailError(text) }, StatusCodes.Status400BadRequest);
        }

        // The same answer whether the address has an account or not: the page says nothing about who has one.
        if (await accounts.CreateResetAsync(email) is var (user, token))
        {
            await mail.SendAsync(StudioMail.Reset(user.Email, StudioUrls.Reset(context.Request, token), user.Language == "ko"), context.RequestAborted);
        }

        return StudioResults.Page<ForgotPasswordView>(context, new { Sent = true });
    }

    private static IResult ResetForm(HttpContext context, IAntiforgery antiforgery, string? token)
    {
        var text = StudioEndpoints.BrowserText(context);
        StudioEndpoints.Prepare(context, antiforgery, [], null, text);
        if (!LinkTokens.TryReadKey(LinkTokens.ResetPrefix, token, out _))
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.ResetPassword, Message = text.ResetInvalid, LinkHref = "/studio/password/forgot", LinkText = text.SendResetLink }, StatusCodes.Status400BadRequest);
        }

        return StudioResults.Page<ResetPasswordView>(context, new { Token = token });
    }

    private static async Task<IResult> ResetAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts)
    {
        var text = StudioEndpoints.BrowserText(context);
        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = form["token"].ToString();
        var password = form["password"].ToString();
        StudioEndpoints.Prepare(context, antiforgery, [], null, text);
        try
        {
            if (await accounts.ResetAsync(token, password))
            {
                LinkTokens.TryReadKey(LinkTokens.ResetPrefix, token, out var userId);
                var log = Log(context);
                AccountLog.PasswordReset(log, userId);
                await context.SignOutAsync(StudioEndpoints.Scheme);
                return StudioResults.Page<MessageView>(context, new { Title = text.ResetPassword, Message = text.ResetDone, LinkHref = "/studio/signin", LinkText = text.SignIn });
            }
        }
        catch (InvalidInputException e)
        {
            return StudioResults.Page<ResetPasswordView>(context, new { Token = token, Error = PasswordError(text, e) }, StatusCodes.Status400BadRequest);
        }

        return StudioResults.Page<MessageView>(context, new { Title = text.ResetPassword, Message = text.ResetInvalid, LinkHref = "/studio/password/forgot", LinkText = text.SendResetLink }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> AcceptFormAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts, string? token)
    {
        var text = StudioEndpoints.BrowserText(context);
        var identity = await StudioSessions.ReadAsync(context);
        StudioEndpoints.Prepare(context, antiforgery, identity.Grants, null, text);
        var invitation = await accounts.FindInvitationAsync(token);
        if (invitation is null)
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.AcceptInvitation, Message = text.InvitationInvalid }, StatusCodes.Status400BadRequest);
        }

        return StudioResults.Page<AcceptInvitationView>(context, new { Invitation = invitation, Token = token });
    }

    private static async Task<IResult> AcceptAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts)
    {
        var text = StudioEndpoints.BrowserText(context);
        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = form["token"].ToString();
        var identity = await StudioSessions.ReadAsync(context);
        StudioEndpoints.Prepare(context, antiforgery, identity.Grants, null, text);
        var invitation = await accounts.FindInvitationAsync(token);
        if (invitation is null)
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.AcceptInvitation, Message = text.InvitationInvalid }, StatusCodes.Status400BadRequest);
        }

        var email = invitation.Email ?? form["email"].ToString();
        var name = form["displayName"].ToString();
        try
        {
            var user = identity.User;
            if (user is null)
            {
                if (await accounts.FindAsync(email) is not null)
                {
                    return Again(text.AccountExists);
                }

                user = await accounts.RegisterAsync(email, name, form["password"].ToString(), text.Lang);
                var log = Log(context);
                AccountLog.Registered(log, user.Id, invitation.Blog);
            }

            var accepted = await accounts.AcceptAsync(token, user);
            var joinLog = Log(context);
            AccountLog.Joined(joinLog, user.Id, accepted.Blog, accepted.Role);
            await StudioSessions.SignInAsync(context, (await accounts.User(user.Id).Read())!, identity.Grants.Where(g => g.TokenId is not null));
            return Results.Redirect("/studio");
        }
        catch (InvalidInputException e)
        {
            return Again(e.Field == "password" ? PasswordError(text, e) : e.Field == "email" && e.Message.Contains("another", StringComparison.Ordinal) ? StudioErrorText.For(text, e) : e.Field == "email" ? EmailError(text) : StudioErrorText.For(text, e));
        }

        IResult Again(string error) => StudioResults.Page<AcceptInvitationView>(
            context, new { Invitation = invitation, Token = token, Error = error, Email = email.Length <= EmailAddress.MaxLength ? email : "", DisplayName = name.Length <= AccountLimits.MaxDisplayName ? name : "" }, StatusCodes.Status400BadRequest);
    }

    internal static string PasswordError(StudioText text, InvalidInputException e) =>
        text.Korean ? $"비밀번호는 {AccountLimits.MinPasswordLength}자 이상 {AccountLimits.MaxPasswordLength}자 이하여야 합니다." : e.Message;

    private static string EmailError(StudioText text) => text.Korean ? "올바른 이메일 주소가 아닙니다." : "That is not an email address.";

    private static ILogger Log(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Gateway.Studio.Accounts");
}
