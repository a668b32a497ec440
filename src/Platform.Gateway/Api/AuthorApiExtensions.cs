using Microsoft.Extensions.Options;
using Platform.Blogging.Hosting;
using Platform.Gateway.Api.Auth;
using Platform.Gateway.Api.Blogs;
using Platform.Gateway.Api.Documentation;
using Platform.Gateway.Api.Errors;
using Platform.Gateway.Api.Export;
using Platform.Gateway.Api.Import;
using Platform.Gateway.Api.Media;
using Platform.Gateway.Api.Posts;
using Platform.Gateway.Api.RateLimiting;
using Platform.Gateway.Api.Stats;
using Platform.Gateway.Api.Tokens;

namespace Platform.Gateway.Api;

/// <summary>The author API under <c>/api/v1/</c> and its OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class AuthorApiExtensions
{
    /// <summary>
    /// Adds the author API's services: the blog domain (idempotent), bearer authentication, per-token rate limiting
    /// and the OpenAPI document. Options: <c>Platform:AdminToken</c>, <c>Api:PermitsPerMinute</c> (also
    /// <c>Api:RateLimit:PermitsPerMinute</c>), <c>Api:MaxImportBytes</c>.
    /// </summary>
    public static TBuilder AddAuthorApi<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddBlogging();
        services.AddOptions<AuthorApiOptions>()
            .BindConfiguration(AuthorApiOptions.SectionName)
            .Configure<IConfiguration>(static (o, config) =>
            {
                o.AdminToken = config[$"{PlatformOptions.SectionName}:AdminToken"] is { Length: > 0 } admin ? admin : null;
                if (config.GetValue<int?>("Api:RateLimit:PermitsPerMinute") is { } permits)
                {
                    o.PermitsPerMinute = permits;
                }
            })
            .Validate(static o => o.PermitsPerMinute > 0 && o.MaxImportBytes is > 0 and <= AuthorApiDefaults.MaxImportBodyBytes,
                $"Api:RateLimit:PermitsPerMinute must be positive and Api:MaxImportBytes between 1 and {AuthorApiDefaults.MaxImportBodyBytes}.")
            .ValidateOnStart();
        services.AddSingleton<ApiAuthenticator>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<Analytics.Stats.StatsService>();
        services.AddRateLimiter(ApiRateLimiting.Configure);
        services.AddOpenApi(ApiDocument.Name, ApiDocument.Configure);
        return builder;
    }

    /// <summary>Maps the author API and <c>/openapi/v1.json</c>; call after <c>UseRouting</c>. Warns when no administrator token is set.</summary>
    public static WebApplication MapAuthorApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<AuthorApiOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthorApiExtensions).FullName!);
        if (options.AdminToken is null)
        {
            AuthorApiLog.AdminTokenMissing(logger);
        }
        else if (options.AdminToken.Length < 24)
        {
            AuthorApiLog.AdminTokenWeak(logger, 24);
        }

        app.UseRateLimiter();
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter<ApiErrorFilter>()
            .RequireRateLimiting(ApiRateLimiting.PolicyName)
            .WithTags("Author API");
        api.MapBlogsApi();
        api.MapTokensApi();
        api.MapPostsApi();
        api.MapMediaApi();
        api.MapPostRevisionsApi();
        api.MapImportApi();
        api.MapExportApi();
        api.MapGhostImportApi();
        api.MapWordPressImportApi();
        api.MapStatsApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
