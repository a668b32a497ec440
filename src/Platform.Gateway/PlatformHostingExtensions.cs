using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Platform.Gateway.Analytics;
using Platform.Gateway.Analytics.Collection;
using Platform.Gateway.Api;
using Platform.Gateway.Studio;
using Platform.Gateway.Errors;
using Platform.Gateway.ServiceDefaults;
using Platform.Gateway.Tenancy;
using Platform.Blogging.Hosting;
using Platform.Gateway.Assets;
using Platform.Gateway.Demo;
using Platform.Gateway.Hosting;
using Platform.Gateway.Pages;
using Platform.Gateway.Engine;
using Platform.Gateway.Management;

namespace Platform.Gateway;

/// <summary>The gateway's own services and request pipeline (the application half of <c>Program.cs</c>).</summary>
public static class PlatformHostingExtensions
{
    /// <summary>
    /// Adds the platform: the co-hosted Orleans silo with the grain storage that <c>Storage:Provider</c> names (SQLite
    /// by default), the blog domain, <see cref="PlatformOptions"/>, the custom domain table
    /// (<see cref="InMemoryCustomDomainMap"/>, also as <see cref="ICustomDomainMap"/>, seeded from
    /// <c>Platform:CustomDomains</c>), pages, feeds and the author API.
    /// </summary>
    public static TBuilder AddPlatform<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // The silo first: hosted services registered after it (demo seeding, domain sync) start once it runs.
        var management = ManagementOptions.Read(builder.Configuration);
        services.AddSingleton(management);
        builder.AddPlatformEngine(dashboard: management.Port != 0 && management.Dashboard);
        services.AddPlatformOptions();
        services.AddSingleton(static sp =>
        {
            var map = new InMemoryCustomDomainMap();
            foreach (var (host, blog) in sp.GetRequiredService<IOptions<PlatformOptions>>().Value.CustomDomains)
            {
                map.Set(host, blog);
            }

            return map;
        });
        services.AddSingleton<ICustomDomainMap>(static sp => sp.GetRequiredService<InMemoryCustomDomainMap>());

        services.AddHealthChecks().AddReadinessCheck<StorageHealthCheck>("storage").AddReadinessCheck<ClusterHealthCheck>("cluster");
        services.AddOptions<PagesOptions>().BindConfiguration(PagesOptions.SectionName)
            .Validate(o => o.LikesPerMinute is >= 1 and <= 10_000, "Pages:LikesPerMinute must be between 1 and 10000.").ValidateOnStart();
        services.AddSingleton<PageCache>();
        services.AddSingleton<LikeLimiter>();
        services.AddSingleton<FeedResponses>();
        services.TryAddSingleton<IBlogPageHandler, BlogPages>();
        services.AddHostedService<DemoBlogSeeder>();
        services.AddSingleton<CustomDomainSync>();
        services.AddHostedService(static sp => sp.GetRequiredService<CustomDomainSync>());
        builder.AddAuthorApi();
        services.AddAnalyticsCollection(builder.Configuration);
        services.AddSingleton<PageviewRecorder>();
        services.AddHostedService<AnalyticsWarmup>();
        services.AddStudio();
        return builder;
    }

    /// <summary>
    /// Builds the request pipeline: forwarded headers (trusted proxies only), exception handler, status-code pages,
    /// response compression, tenancy, then routing, so endpoints mapped after this see blog paths without their
    /// <c>/@{blog}</c> prefix and can read <see cref="BlogContext"/>.
    /// </summary>
    public static WebApplication MapPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarded.ForwardedHeaders != ForwardedHeaders.None)
        {
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponses.HandleExceptionAsync });
        app.UseStatusCodePages(ErrorResponses.WriteStatusCodePageAsync);
        app.UseResponseCompression();
        app.UseBlogTenancy();
        app.UseMiddleware<Media.MediaFilesMiddleware>();
        app.UseMiddleware<BlogPagesMiddleware>();
        app.UseRouting();
        app.MapSiteAssets();
        app.MapAuthorApi();
        app.MapStudio();
        return app;
    }
}
