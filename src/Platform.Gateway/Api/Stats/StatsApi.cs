using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Blogging.Blogs;
using Platform.Gateway.Analytics.Stats;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Stats;

/// <summary>
/// <c>/api/v1/blogs/{blog}/stats/…</c>: the blog's traffic in the shapes of Plausible's Stats API v1 (owner and
/// editor tokens). Periods and days are in the blog's time zone. Bad parameters: 400 problem+json naming the parameter.
/// </summary>
internal static class StatsApi
{
    private const string Periods = "Period: day, 7d, 30d (default), month, 6mo, 12mo or custom (with date=YYYY-MM-DD,YYYY-MM-DD).";

    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        var stats = api.MapGroup("/blogs/{blog}/stats").WithTags("Stats API");
        stats.MapGet("/aggregate", AggregateAsync).WithName("StatsAggregate")
            .WithSummary("Totals over a period: visitors, visits, pageviews, views_per_visit, bounce_rate, visit_duration; compare=previous_period adds comparison_value and change.")
            .WithDescription(Periods)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        stats.MapGet("/timeseries", TimeseriesAsync).WithName("StatsTimeseries")
            .WithSummary("Metrics by hour, day or month (interval); month by default for 6mo and 12mo, day otherwise.")
            .WithDescription(Periods)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        stats.MapGet("/breakdown", BreakdownAsync).WithName("StatsBreakdown")
            .WithSummary("Metrics by the values of one property (event:page, event:tag, event:category, visit:source, visit:referrer, visit:utm_source, visit:utm_medium, visit:utm_campaign, visit:country, visit:device, visit:browser, visit:os, visit:entry_page, visit:exit_page), most visitors first; limit (1-1000, default 100) and page.")
            .WithDescription(Periods)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        stats.MapGet("/realtime/visitors", RealtimeAsync).WithName("StatsRealtimeVisitors")
            .WithSummary("Visitors with a view in the last 5 minutes, as a bare integer.")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        stats.MapGet("/export", ExportAsync).WithName("StatsExport")
            .WithSummary("A zip of CSV files, one per report: visitors.csv (date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration), pages, sources, countries, devices, browsers, operating systems, utm_*, and more.")
            .WithDescription(Periods)
            .Produces(200, contentType: "application/zip")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        return api;
    }

    /// <summary>Totals over the period.</summary>
    /// <param name="blog">The blog's name.</param>
    /// <param name="period">day, 7d, 30d, month, 6mo, 12mo or custom.</param>
    /// <param name="date">The day the period ends on or falls in (YYYY-MM-DD), or two days for custom.</param>
    /// <param name="metrics">Comma-separated metrics (default visitors).</param>
    /// <param name="filters">Filters such as visit:source==Naver;event:page==/2026/03/post/.</param>
    /// <param name="compare">previous_period to add the period before.</param>
    /// <param name="services">The API's services.</param>
    public static async Task<Results<Ok<StatsAggregateResponse>, ProblemHttpResult>> AggregateAsync(
        string blog, string? period, string? date, string? metrics, string? filters, string? compare, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (stats, settings, request) = await PrepareAsync(blog, services);
        return TypedResults.Ok(new StatsAggregateResponse(await Guard(() => stats.AggregateAsync(blog, settings, request))));
    }

    /// <summary>Metrics by time bucket.</summary>
    /// <param name="blog">The blog's name.</param>
    /// <param name="period">day, 7d, 30d, month, 6mo, 12mo or custom.</param>
    /// <param name="date">The day the period ends on or falls in (YYYY-MM-DD), or two days for custom.</param>
    /// <param name="metrics">Comma-separated metrics (default visitors).</param>
    /// <param name="filters">Filters.</param>
    /// <param name="interval">hour (periods up to 31 days), day or month.</param>
    /// <param name="services">The API's services.</param>
    public static async Task<Results<Ok<StatsListResponse>, ProblemHttpResult>> TimeseriesAsync(
        string blog, string? period, string? date, string? metrics, string? filters, string? interval, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (stats, settings, request) = await PrepareAsync(blog, services);
        return TypedResults.Ok(new StatsListResponse(await Guard(() => stats.TimeseriesAsync(blog, settings, request))));
    }

    /// <summary>Metrics by property value.</summary>
    /// <param name="blog">The blog's name.</param>
    /// <param name="property">The property to group by.</param>
    /// <param name="period">day, 7d, 30d, month, 6mo, 12mo or custom.</param>
    /// <param name="date">The day the period ends on or falls in (YYYY-MM-DD), or two days for custom.</param>
    /// <param name="metrics">Comma-separated metrics (default visitors).</param>
    /// <param name="filters">Filters.</param>
    /// <param name="limit">Rows per page, 1-1000 (default 100).</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="services">The API's services.</param>
    public static async Task<Results<Ok<StatsListResponse>, ProblemHttpResult>> BreakdownAsync(
        string blog, string? property, string? period, string? date, string? metrics, string? filters, string? limit, string? page, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (stats, settings, request) = await PrepareAsync(blog, services);
        var (rows, _) = await Guard(() => stats.BreakdownAsync(blog, settings, request));
        return TypedResults.Ok(new StatsListResponse(rows));
    }

    /// <summary>Visitors of the last five minutes.</summary>
    /// <param name="blog">The blog's name.</param>
    /// <param name="services">The API's services.</param>
    public static async Task<Ok<int>> RealtimeAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await AuthorizeAsync(blog, services);
        var stats = services.Context.RequestServices.GetRequiredService<StatsService>();
        return TypedResults.Ok(await stats.RealtimeAsync(blog));
    }

    /// <summary>The reports of a period as CSV files in a zip.</summary>
    /// <param name="blog">The blog's name.</param>
    /// <param name="period">day, 7d, 30d, month, 6mo, 12mo or custom.</param>
    /// <param name="date">The day the period ends on or falls in (YYYY-MM-DD), or two days for custom.</param>
    /// <param name="filters">Filters.</param>
    /// <param name="services">The API's services.</param>
    public static async Task<EmptyHttpResult> ExportAsync(string blog, string? period, string? date, string? filters, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (stats, settings, request) = await PrepareAsync(blog, services);
        var response = services.Context.Response;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = $"attachment; filename=\"{blog}-stats-{request.Range.First:yyyy-MM-dd}-{request.Range.Last:yyyy-MM-dd}.zip\"";
        await StatsCsvExport.WriteAsync(response.Body, stats, blog, settings.TimeZone, request.Range, request.Filters, services.Aborted);
        return TypedResults.Empty;
    }

    private static async Task AuthorizeAsync(string blog, ApiServices services)
    {
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireEditor();
    }

    private static async Task<(StatsService Stats, BlogSettings Settings, StatsRequest Request)> PrepareAsync(string blog, ApiServices services)
    {
        await AuthorizeAsync(blog, services);
        var stats = services.Context.RequestServices.GetRequiredService<StatsService>();
        var (settings, today) = await stats.BlogAsync(blog);
        var request = Guard(() => StatsRequest.Parse(services.Request.Query, today));
        return (stats, settings, request);
    }

    private static T Guard<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (StatsInputException e)
        {
            throw ApiException.BadRequest(e.Parameter, e.Message);
        }
    }

    private static async Task<T> Guard<T>(Func<Task<T>> query)
    {
        try
        {
            return await query();
        }
        catch (StatsInputException e)
        {
            throw ApiException.BadRequest(e.Parameter, e.Message);
        }
    }
}

/// <summary>An aggregate answer: <c>{"results":{"visitors":{"value":N,…},…}}</c>.</summary>
/// <param name="Results">Metric name to its value (and, with compare, comparison_value and change).</param>
internal sealed record StatsAggregateResponse(Dictionary<string, Dictionary<string, object>> Results);

/// <summary>A timeseries or breakdown answer: <c>{"results":[{…},…]}</c>.</summary>
/// <param name="Results">One object per bucket or value.</param>
internal sealed record StatsListResponse(List<Dictionary<string, object>> Results);
