using Platform.Actors.Diagnostics;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>The activity sources and meters the gateway exports when OTLP export is on, subscribed by name.</summary>
public static class TelemetryNames
{
    /// <summary>Every source and meter of the platform's own code (<c>Platform.Actors</c>, <c>Platform.Blogging</c>, ...).</summary>
    public const string PlatformWildcard = "Platform.*";

    /// <summary>Activity sources: ASP.NET Core's request spans, the actor runtime's call spans, and all <c>Platform.*</c>.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        ActorsTelemetry.Name,
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
        ActorsTelemetry.Name,
        PlatformWildcard,
    ];
}
