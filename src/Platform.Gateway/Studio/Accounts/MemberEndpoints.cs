using Microsoft.AspNetCore.Antiforgery;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Gateway.Mail;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>
/// <c>/studio/{blog}/members</c>: the blog's members and pending invitations. Owners and editors see it; owners invite
/// and manage every role, editors authors and contributors (<see cref="MemberRules"/>). Every route starts with
/// <see cref="StudioEndpoints.AuthorizeAsync"/>, so another blog's page is 403 whether it exists or not.
/// </summary>
internal static class MemberEndpoints
{
    public static void MapMembers(this RouteGroupBuilder studio)
    {
        studio.MapGet("/{blog}/members", PageAsync);
        studio.MapPost("/{blog}/members/invite", InviteAsync).DisableAntiforgery();
        studio.MapPost("/{blog}/members/role", RoleAsync).DisableAntiforgery();
        studio.MapPost("/{blog}/members/remove", RemoveAsync).DisableAntiforgery();
        studio.MapPost("/{blog}/members/invitations/revoke", WithdrawAsync).DisableAntiforgery();
    }

    private static Task<IResult> PageAsync(string blog, HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(blog, context, antiforgery, grains, post: false, (_, _, _) => Task.FromResult<(string?, string?, int)>((null, null, StatusCodes.Status200OK)));

    private static Task<IResult> InviteAsync(string blog, HttpContext context, IAntiforgery antiforgery, IGrainFactory grains, MailSender mail) =>
        HandleAsync(blog, context, antiforgery, grains, post: true, async (grant, form, text) =>
        {
            var email = form["email"].ToString();
            if (!AccountPageEndpoints.TryRole(form["role"].ToString(), out var role) || !MemberRules.CanGrant(grant.Role, role))
            {
                return (null, text.CannotGrant, StatusCodes.Status403Forbidden);
            }

            if (!EmailAddress.TryNormalize(email, out var normalized))
            {
                return (null, text.Korean ? "올바른 이메일 주소가 아닙니다." : "That is not an email address.", StatusCodes.Status400BadRequest);
            }

            var issued = await grains.GetGrain<IBlogAccessGrain>(blog).Invite(normalized, role, Actor(context, grant));
            var settings = await grains.GetGrain<IBlogGrain>(blog).GetSettings() ?? throw new BlogNotFoundException(blog);
            var korean = settings.Locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
            var sent = await mail.SendAsync(StudioMail.Invitation(normalized, settings.Title, role, StudioUrls.Invitation(context.Request, issued.Token), issued.Info.ExpiresAt, korean), context.RequestAborted);
            if (!sent)
            {
                // The link exists only in the mail that failed: withdraw it, so nothing half-made stays pending.
                await grains.GetGrain<IBlogAccessGrain>(blog).RevokeInvitation(issued.Info.Id);
                return (null, text.MailFailed, StatusCodes.Status502BadGateway);
            }

            var log = Log(context);
            var actor = Actor(context, grant);
            AccountLog.Invited(log, issued.Info.Id, blog, role, actor);
            return (text.InvitationSent(normalized), null, StatusCodes.Status200OK);
        });

    private static Task<IResult> RoleAsync(string blog, HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(blog, context, antiforgery, grains, post: true, async (grant, form, text) =>
        {
            var userId = form["userId"].ToString();
            var access = grains.GetGrain<IBlogAccessGrain>(blog);
            var current = AccountIds.IsUserId(userId) ? await access.MemberRole(userId) : null;
            if (current is null || !MemberRules.CanManage(grant.Role, current.Value))
            {
                return (null, text.CannotManage, StatusCodes.Status403Forbidden);
            }

            if (!AccountPageEndpoints.TryRole(form["role"].ToString(), out var role) || !MemberRules.CanGrant(grant.Role, role))
            {
                return (null, text.CannotGrant, StatusCodes.Status403Forbidden);
            }

            await access.ChangeMemberRole(userId, role);
            var log = Log(context);
            var actor = Actor(context, grant);
            var change = "role " + role;
            AccountLog.MemberChanged(log, userId, blog, change, actor);
            return (null, null, StatusCodes.Status200OK);
        });

    private static Task<IResult> RemoveAsync(string blog, HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(blog, context, antiforgery, grains, post: true, async (grant, form, text) =>
        {
            var userId = form["userId"].ToString();
            var current = AccountIds.IsUserId(userId) ? await grains.GetGrain<IBlogAccessGrain>(blog).MemberRole(userId) : null;
            if (current is null || !MemberRules.CanManage(grant.Role, current.Value))
            {
                return (null, text.CannotManage, StatusCodes.Status403Forbidden);
            }

            await context.RequestServices.GetRequiredService<AccountService>().RemoveAsync(blog, userId);
            var log = Log(context);
            var actor = Actor(context, grant);
            AccountLog.MemberChanged(log, userId, blog, "removed", actor);
            return (null, null, StatusCodes.Status200OK);
        });

    private static Task<IResult> WithdrawAsync(string blog, HttpContext context, IAntiforgery antiforgery, IGrainFactory grains) =>
        HandleAsync(blog, context, antiforgery, grains, post: true, async (grant, form, text) =>
        {
            var id = form["id"].ToString();
            var access = grains.GetGrain<IBlogAccessGrain>(blog);
            var invitation = (await access.Invitations()).FirstOrDefault(i => i.Id == id);
            if (invitation is null || !MemberRules.CanManage(grant.Role, invitation.Role))
            {
                return (null, text.CannotManage, StatusCodes.Status403Forbidden);
            }

            await access.RevokeInvitation(id);
            return (null, null, StatusCodes.Status200OK);
        });

    private static async Task<IResult> HandleAsync(
        string blog, HttpContext context, IAntiforgery antiforgery, IGrainFactory grains, bool post,
        Func<StudioGrant, IFormCollection, StudioText, Task<(string? Notice, string? Error, int Status)>> handle)
    {
        var (grants, grant, denied) = await StudioEndpoints.AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return denied;
        }

        if (await grains.GetGrain<IBlogGrain>(blog).GetSettings() is not { } settings)
        {
            return Results.NotFound();
        }

        var text = StudioText.For(settings.Locale);
        if (post && !await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        if (!grant!.CanSeeMembers)
        {
            StudioEndpoints.Prepare(context, antiforgery, grants, blog, text);
            return StudioResults.Page<MessageView>(context, new { Title = text.Members, Message = text.NoMembersRole }, StatusCodes.Status403Forbidden);
        }

        string? notice = null, error = null;
        var status = StatusCodes.Status200OK;
        if (post)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            try
            {
                (notice, error, status) = await handle(grant, form, text);
            }
            catch (InvalidInputException e)
            {
                (error, status) = (StudioErrorText.For(text, e), StatusCodes.Status400BadRequest);
            }

            // A change may have taken this session's own role or membership away: read the session again.
            StudioSessions.Forget(context);
            var after = await StudioSessions.ReadAsync(context);
            grants = after.Grants;
            grant = grants.FirstOrDefault(g => g.Blog == blog);
            if (grant is null || !grant.CanSeeMembers)
            {
                return Results.Redirect("/studio");
            }
        }

        StudioEndpoints.Prepare(context, antiforgery, grants, blog, text);
        var access = grains.GetGrain<IBlogAccessGrain>(blog);
        return StudioResults.Page<MembersView>(context, new { Members = await access.Members(), Invitations = await access.Invitations(), Notice = notice, Error = error }, status);
    }

    private static string Actor(HttpContext context, StudioGrant grant) => StudioSessions.Cached(context)?.User?.Id ?? grant.TokenId ?? "unknown";

    private static ILogger Log(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Gateway.Studio.Accounts");
}
