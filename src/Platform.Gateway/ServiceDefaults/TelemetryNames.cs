namespace Platform.Gateway.ServiceDefaults;

/// <summary>The activity sources and meters the gateway exports when OTLP export is on, subscribed by name.</summary>
public static class TelemetryNames
{
    /// <summary>Every source and meter of the platform's own code (<c>Platform.Blogging</c>, <c>Platform.Gateway</c>, ...).</summary>
    public const string PlatformWildcard = "Platform.*";

    /// <summary>Orleans' meter (grain calls, activations, storage, membership).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' activity sources (<c>Microsoft.Orleans.Application</c>, <c>.Runtime</c>, <c>.Storage</c>, ...).</summary>
    public const string OrleansSources = "Microsoft.Orleans.*";

    /// <summary>Activity sources: ASP.NET Core's request spans, Orleans' grain call spans, and all <c>Platform.*</c>.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        OrleansSources,
        PlatformWildcard,
    ];

    /// <summary>Meters: ASP.NET Core's and Kestrel's built-in meters, HttpClient, the runtime, and all <c>Platform.*</c>.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Net.Http",
        "System.Runtime",
        OrleansMeter,
        PlatformWildcard,
    ];
}
