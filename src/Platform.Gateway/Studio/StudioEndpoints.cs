using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Blogging.Access;
using Platform.Blogging.Analytics;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Gateway.Analytics.Stats;
using Platform.Gateway.Studio.Settings;
using Platform.Gateway.Studio.Accounts;
using Platform.Gateway.Studio.Dashboard;
using Platform.Gateway.Studio.Posts;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio;

/// <summary>
/// <c>/studio</c> on the platform's own host: sign-in with an email and password (or a blog token, exchanged for a
/// session cookie), the blog switcher and the analytics dashboard with its live figure and CSV export; the account,
/// invitation and member pages are mapped by <see cref="AccountEndpoints"/>. Forms carry antiforgery tokens;
/// sign-in is rate-limited per client address; every answer has the studio's security headers.
/// </summary>
internal static class StudioEndpoints
{
    public const string Scheme = "studio";
    public const string SignInPolicy = "studio-signin";

    public static void MapStudio(this IEndpointRouteBuilder app)
    {
        var studio = app.MapGroup("/studio").ExcludeFromDescription();
        studio.MapGet("/", HomeAsync);
        studio.MapGet("/signin", SignInFormAsync);
        studio.MapPost("/signin", SignInAsync).RequireRateLimiting(SignInPolicy).DisableAntiforgery();
        studio.MapPost("/signout", SignOutAsync).DisableAntiforgery();
        studio.MapAccounts();
        studio.MapGet("/{blog}/analytics", DashboardAsync);
        studio.MapGet("/{blog}/analytics/realtime", RealtimeAsync);
        studio.MapGet("/{blog}/analytics/export", ExportAsync);
        studio.MapStudioSettings();
        studio.MapStudioPosts();
        Tokens.StudioTokenEndpoints.MapStudioTokens(studio);
        Media.StudioMediaEndpoints.MapStudioMedia(studio);
    }

    private static async Task<IResult> HomeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var grants = await GrantsAsync(context);
        if (grants.Count == 0)
        {
            // A signed-in user without blogs has their account page; anyone else signs in.
            return Results.Redirect((await StudioSessions.ReadAsync(context)).User is null ? "/studio/signin" : "/studio/account");
        }

        if (grants.Count == 1)
        {
            return Results.Redirect(StudioLinks.Landing(grants[0]));
        }

        var page = Prepare(context, antiforgery, grants, null, BrowserText(context));
        return StudioResults.Page<SignInView>(context, new { Title = page.Text.YourBlogs });
    }

    private static async Task<IResult> SignInFormAsync(HttpContext context, IAntiforgery antiforgery, string? returnUrl)
    {
        Prepare(context, antiforgery, await GrantsAsync(context), null, BrowserText(context));
        return StudioResults.Page<SignInView>(context, new { ReturnUrl = SafeReturn(returnUrl) });
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, IGrainFactory grains)
    {
        var text = BrowserText(context);
        if (!await ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturn(form["returnUrl"]);
        if (form.ContainsKey("email"))
        {
            return await AccountSignIn.PasswordAsync(context, antiforgery, form, returnUrl, text);
        }

        // The second way in: a blog token, exchanged for a grant in the cookie (never the token itself).
        var token = form["token"].ToString().Trim();
        var identity = await StudioSessions.ReadAsync(context);
        if (token.Length is > 0 and <= 200 && AccessTokens.TryReadBlog(token, out var blog))
        {
            var info = await grains.GetGrain<IBlogAccessGrain>(blog).Authenticate(AccessTokens.Hash(token));
            if (info is not null && info.UserId is null)
            {
                var grants = StudioGrant.Read((await context.AuthenticateAsync(Scheme)).Principal).Where(g => g.Blog != blog).ToList();
                grants.Add(StudioGrant.ForToken(blog, info.Role, info.Id));
                if (identity.User is { } user)
                {
                    await StudioSessions.SignInAsync(context, user, grants);
                }
                else
                {
                    var claims = grants.Select(g => g.ToClaim()).Append(new Claim(StudioSessions.SessionClaim, Guid.NewGuid().ToString("N")));
                    // A new ticket, so a new session id: a cookie planted before sign-in is never the session.
                    await context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)), new AuthenticationProperties { IsPersistent = true });
                }

                return Results.Redirect(returnUrl ?? StudioLinks.Landing(grants.First(g => g.Blog == blog)));
            }
        }

        Prepare(context, antiforgery, identity.Grants, null, text);
        return StudioResults.Page<SignInView>(context, new { TokenError = text.BadToken, ReturnUrl = returnUrl }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        await context.SignOutAsync(Scheme);
        await context.SignOutAsync(AccountSignIn.PendingScheme);
        return Results.Redirect("/studio/signin");
    }

    private static async Task<IResult> DashboardAsync(string blog, HttpContext context, IAntiforgery antiforgery, StatsService stats, BlogAuthoring authoring)
    {
        var (grants, grant, denied) = await AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return denied;
        }

        BlogSettings settings;
        DateOnly today;
        try
        {
            (settings, today) = await stats.BlogAsync(blog);
        }
        catch (BlogNotFoundException)
        {
            return Results.NotFound();
        }

        var text = StudioText.For(settings.Locale);
        Prepare(context, antiforgery, grants, blog, text);
        if (!grant!.CanReadAnalytics)
        {
            return StudioResults.Page<MessageView>(context, new { Title = text.Analytics, Message = text.NoAnalyticsRole }, StatusCodes.Status403Forbidden);
        }

        StatsRequest request;
        try
        {
            request = StatsRequest.Parse(DashboardQuery(context.Request.Query), today);
        }
        catch (StatsInputException e)
        {
            return StudioResults.Page<MessageView>(
                context, new { Title = text.Analytics, e.Message, LinkHref = StudioLinks.Analytics(blog), LinkText = text.PeriodName("30d") }, StatusCodes.Status400BadRequest);
        }

        var model = await LoadAsync(blog, settings, today, text, request, stats);
        return StudioResults.Page<DashboardView>(context, new { Content = model });
    }

    private static async Task<IResult> RealtimeAsync(string blog, HttpContext context, StatsService stats)
    {
        var (_, grant, denied) = await AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return denied;
        }

        if (!grant!.CanReadAnalytics)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        StudioHeaders.Apply(context.Response);
        return Results.Json(await stats.RealtimeAsync(blog));
    }

    private static async Task<IResult> ExportAsync(string blog, HttpContext context, StatsService stats)
    {
        var (_, grant, denied) = await AuthorizeAsync(context, blog);
        if (denied is not null)
        {
            return denied;
        }

        if (!grant!.CanReadAnalytics)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var (settings, today) = await stats.BlogAsync(blog);
        StatsRequest request;
        try
        {
            request = StatsRequest.Parse(DashboardQuery(context.Request.Query), today);
        }
        catch (StatsInputException e)
        {
            return Results.Problem(e.Message, statusCode: 400, title: "Invalid " + e.Parameter);
        }

        StudioHeaders.Apply(context.Response);
        context.Response.ContentType = "application/zip";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{blog}-stats-{request.Range.First:yyyy-MM-dd}-{request.Range.Last:yyyy-MM-dd}.zip\"";
        await StatsCsvExport.WriteAsync(context.Response.Body, stats, blog, settings.TimeZone, request.Range, request.Filters, context.RequestAborted);
        return Results.Empty;
    }

    private static async Task<DashboardModel> LoadAsync(string blog, BlogSettings settings, DateOnly today, StudioText text, StatsRequest request, StatsService stats)
    {
        var range = request.Range;
        var interval = range.Period == "day" ? AnalyticsInterval.Hour : range.DefaultInterval;
        if (range.Period == "custom" && range.Days > 92)
        {
            interval = AnalyticsInterval.Month;
        }

        AnalyticsQuery Query(AnalyticsShape shape, StatsRange? over = null, AnalyticsProperty property = default, AnalyticsInterval bucket = AnalyticsInterval.Day) => new()
        {
            First = (over ?? range).First,
            Last = (over ?? range).Last,
            TimeZone = settings.TimeZone,
            Shape = shape,
            Property = property,
            Interval = bucket,
            Filters = request.Filters,
            Limit = 10,
        };

        var current = (await stats.QueryAsync(blog, Query(AnalyticsShape.Aggregate))).Groups[0].Counts;
        var previous = (await stats.QueryAsync(blog, Query(AnalyticsShape.Aggregate, range.Previous()))).Groups[0].Counts;
        var series = await stats.QueryAsync(blog, Query(AnalyticsShape.Timeseries, bucket: interval));
        var panels = new List<(string, AnalyticsProperty, AnalyticsResult)>();
        foreach (var (title, property) in new[]
        {
            (text.TopPages, AnalyticsProperty.Page), (text.Sources, AnalyticsProperty.Source), (text.Countries, AnalyticsProperty.Country),
            (text.Devices, AnalyticsProperty.Device), (text.Browsers, AnalyticsProperty.Browser), (text.Systems, AnalyticsProperty.Os),
            (text.Campaigns, AnalyticsProperty.UtmCampaign),
        })
        {
            panels.Add((title, property, await stats.QueryAsync(blog, Query(AnalyticsShape.Breakdown, property: property))));
        }

        return new DashboardModel(blog, settings, range, request.Filters, interval, current, previous, series, panels, await stats.RealtimeAsync(blog), today);
    }

    /// <summary>The dashboard's custom-period form sends <c>from</c> and <c>to</c>; the API's parser reads <c>date=from,to</c>.</summary>
    private static QueryCollection DashboardQuery(IQueryCollection query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (query["from"].ToString() is { Length: > 0 } from && query["to"].ToString() is { Length: > 0 } to)
        {
            values["period"] = "custom";
            values["date"] = from + "," + to;
        }

        values.Remove("metrics");
        values.Remove("property");
        return new QueryCollection(values);
    }

    /// <summary>
    /// The session's grant for <paramref name="blog"/>: a redirect to sign-in without a session, 403 (the same whether
    /// the blog exists or not) without a grant for it. Every studio route under <c>/studio/{blog}</c> starts here.
    /// </summary>
    internal static async Task<(IReadOnlyList<StudioGrant> Grants, StudioGrant? Grant, IResult? Denied)> AuthorizeAsync(HttpContext context, string blog)
    {
        var grants = await GrantsAsync(context);
        if (grants.Count == 0 && (await StudioSessions.ReadAsync(context)).User is null)
        {
            return (grants, null, Results.Redirect("/studio/signin?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)));
        }

        var grant = grants.FirstOrDefault(g => string.Equals(g.Blog, blog, StringComparison.Ordinal));
        if (grant is null)
        {
            // Same answer whether the other blog exists or not.
            StudioHeaders.Apply(context.Response);
            return (grants, null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        return (grants, grant, null);
    }

    /// <summary>The session's grants: the user's memberships and any live blog-token grants (see <see cref="StudioSessions"/>).</summary>
    private static async Task<IReadOnlyList<StudioGrant>> GrantsAsync(HttpContext context) => (await StudioSessions.ReadAsync(context)).Grants;

    internal static async Task<bool> ValidAntiforgeryAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            StudioHeaders.Apply(context.Response);
            return false;
        }
    }

    /// <summary>Fills in the request's <see cref="StudioPage"/> that the page components read.</summary>
    internal static StudioPage Prepare(HttpContext context, IAntiforgery antiforgery, IReadOnlyList<StudioGrant> grants, string? blog, StudioText text)
    {
        var page = context.RequestServices.GetRequiredService<StudioPage>();
        page.Text = text;
        page.Grants = grants;
        page.Blog = blog;
        page.Antiforgery = antiforgery.GetAndStoreTokens(context);
        page.User = StudioSessions.Cached(context)?.User;
        return page;
    }

    internal static string? SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith("/studio/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) ? url : null;

    internal static StudioText BrowserText(HttpContext context) =>
        StudioText.For(context.Request.Headers.AcceptLanguage.ToString().StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko" : "en");

}
