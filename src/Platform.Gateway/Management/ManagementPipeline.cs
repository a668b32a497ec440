using Orleans.Dashboard;

namespace Platform.Gateway.Management;

/// <summary>
/// The management port's requests: <c>/metrics</c> (Prometheus), <c>/health/*</c> and, when on, <c>/dashboard</c>.
/// Anything else there is a 404, and <c>/metrics</c> and <c>/dashboard</c> answer nowhere else: not on the public
/// port, not under any blog's host.
/// </summary>
internal static class ManagementPipeline
{
    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The Orleans dashboard's path prefix.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>Adds the management port's branch first in the pipeline.</summary>
    public static WebApplication UseManagementPort(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<ManagementOptions>();
        if (options.Port == 0)
        {
            return app;
        }

        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => options.IsManagementRequest(context) && context.Request.Path == MetricsPath);
        app.Use((context, next) =>
        {
            if (!options.IsManagementRequest(context))
            {
                return next(context);
            }

            var path = context.Request.Path;
            var allowed = path.StartsWithSegments("/health", StringComparison.Ordinal)
                || (options.Dashboard && path.StartsWithSegments(DashboardPath, StringComparison.Ordinal));
            if (allowed)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>Maps the Orleans dashboard under <see cref="DashboardPath"/>, answering only on the management port.</summary>
    public static WebApplication MapManagementDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<ManagementOptions>();
        if (options.Port == 0 || !options.Dashboard)
        {
            return app;
        }

        ((IEndpointConventionBuilder)app.MapOrleansDashboard(routePrefix: DashboardPath)).Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate;
            endpoint.RequestDelegate = context =>
            {
                if (!options.IsManagementRequest(context) || inner is null)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return inner(context);
            };
        });
        return app;
    }

    private static bool IsLoopback(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
        return host is "localhost" or "127.0.0.1" or "[::1]";
    }

    /// <summary>The URLs Kestrel listens on: the public ones as configured, and the management port.</summary>
    public static string ListenUrls(IConfiguration configuration, ManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var urls = configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            var ports = configuration["http_ports"];
            urls = string.IsNullOrWhiteSpace(ports)
                ? "http://localhost:5000"
                : string.Join(';', ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"));
        }

        if (options.Port == 0)
        {
            return urls;
        }

        // Loopback only when every public URL is (a developer's machine); every interface otherwise (a pod).
        var loopback = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopback);
        var host = loopback ? "localhost" : "*";
        return FormattableString.Invariant($"{urls};http://{host}:{options.Port}");
    }
}
