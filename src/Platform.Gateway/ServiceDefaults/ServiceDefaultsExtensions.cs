using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// What every Platform host has: health probes, OpenTelemetry, structured logs, problem details, compression,
/// forwarded headers from trusted proxies only, request size limits and the shutdown timeout.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The liveness probe's path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness probe's path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>The startup probe's path.</summary>
    public const string StartupPath = "/health/startup";

    /// <summary>Adds the service defaults to <paramref name="builder"/>.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPlatformOptions();

        builder.ConfigureLogging();
        builder.ConfigureOpenTelemetry();
        services.AddDefaultHealthChecks();

        services.AddProblemDetails();
        services.AddResponseCompression(ConfigureCompression);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<PlatformOptions>>((o, p) => ForwardedHeadersSetup.Apply(o, p.Value.ForwardedHeaders));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<PlatformOptions>>((o, p) =>
        {
            o.Limits.MaxRequestBodySize = p.Value.MaxRequestBodySize;
            o.AddServerHeader = false;
        });
        services.AddOptions<HostOptions>().Configure<IOptions<PlatformOptions>>((o, p) => o.ShutdownTimeout = p.Value.ShutdownTimeout);
        return builder;
    }

    /// <summary>
    /// Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/health/startup</c> in every environment. Each answers
    /// 200 with a JSON report when its checks pass and 503 when one fails.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        MapProbe(app, LivePath, HealthCheckTags.Live);
        MapProbe(app, ReadyPath, HealthCheckTags.Ready);
        MapProbe(app, StartupPath, HealthCheckTags.Startup);
        return app;
    }

    private static void MapProbe(WebApplication app, string path, string tag) =>
        app.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(tag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            AllowCachingResponses = false,
        }).DisableHttpMetrics();

    private static void AddDefaultHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<HostLifecycle>();
        services.AddHostedService<ShutdownDrainService>();
        services.AddHealthChecks()
            .AddCheck("self", static () => HealthCheckResult.Healthy("process up"), [HealthCheckTags.Live])
            .AddCheck<HostStartedHealthCheck>("host-started", HealthStatus.Unhealthy, [HealthCheckTags.Startup])
            .AddReadinessCheck<AcceptingTrafficHealthCheck>("accepting-traffic");
    }

    private static void ConfigureLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
                o.IncludeScopes = true;
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
    }

    /// <summary>
    /// OpenTelemetry through its hosting package. Metrics (ASP.NET Core, HttpClient, the runtime, Orleans' meter and the
    /// platform's own) are collected when someone can read them: the management port's <c>/metrics</c> (on by default)
    /// or OTLP export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; traces and logs exist only with OTLP, so
    /// nothing is recorded for no one.
    /// </summary>
    private static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        var settings = OtlpSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        var version = typeof(ServiceDefaultsExtensions).Assembly.GetName().Version?.ToString();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName, serviceVersion: version));
        if (Management.ManagementOptions.Read(builder.Configuration).Port == 0 && !settings.ExportEnabled)
        {
            // Nobody can read metrics (no /metrics, no OTLP): collecting them would cost the hot path for nothing.
            return;
        }

        telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                foreach (var meter in TelemetryNames.Meters)
                {
                    metrics.AddMeter(meter);
                }

                metrics.AddPrometheusExporter();
                if (settings.ExportEnabled)
                {
                    metrics.AddOtlpExporter(o => settings.Apply(o, "v1/metrics"));
                }
            });
        if (!settings.ExportEnabled)
        {
            return;
        }

        telemetry
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                foreach (var source in TelemetryNames.ActivitySources)
                {
                    tracing.AddSource(source);
                }

                tracing.AddOtlpExporter(o => settings.Apply(o, "v1/traces"));
            })
            .WithLogging(
                logging => logging.AddOtlpExporter(o => settings.Apply(o, "v1/logs")),
                options =>
                {
                    options.IncludeFormattedMessage = true;
                    options.IncludeScopes = true;
                });
    }

    private static void ConfigureCompression(ResponseCompressionOptions options)
    {
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
        options.MimeTypes =
        [
            "text/html", "text/css", "text/plain", "text/xml", "application/xml", "application/json",
            "application/problem+json", "application/atom+xml", "application/rss+xml", "application/feed+json",
            "text/javascript", "application/javascript", "image/svg+xml",
        ];
    }
}
