namespace Platform.Gateway;

/// <summary>The gateway's settings, bound from the <c>Platform</c> configuration section.</summary>
public sealed class PlatformOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Platform";

    /// <summary>
    /// The platform's own domain: blogs answer at <c>{blog}.{Domain}</c>, and <c>/@{blog}</c> paths work on the
    /// domain itself. Default <c>localhost</c>.
    /// </summary>
    public string Domain { get; set; } = "localhost";

    /// <summary>Where file-based storage keeps its data. Default <c>./data</c>.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>How long the host waits for hosted services (and the silo's last view flush and deactivations) on stop. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the host keeps serving after a stop signal with readiness already failing, so that load balancers
    /// take the instance out of rotation before it stops accepting connections. Default zero.
    /// </summary>
    public TimeSpan ShutdownDrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The largest request body Kestrel accepts, in bytes. Default 10 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 10 * 1024 * 1024;

    /// <summary>Create the demo blog when the data folder is empty (default true).</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>How often the custom-domain table is refreshed from the blog directory (default 30 s).</summary>
    public TimeSpan DomainRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Custom domains configured at start, host (optionally <c>host:port</c>) to blog name.</summary>
    public Dictionary<string, string> CustomDomains { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Which peers may set <c>X-Forwarded-*</c> headers.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; } = new();
}
