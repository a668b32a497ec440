namespace Platform.Gateway.Management;

/// <summary>
/// The management port (configuration section <c>Management</c>): what operators need and the public never reaches —
/// the Prometheus scrape endpoint, the health endpoints, and the Orleans dashboard when it is on.
/// </summary>
public sealed class ManagementOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Management";

    /// <summary>The port (default 8081); 0 turns the management port off.</summary>
    public int Port { get; set; } = 8081;

    /// <summary>Whether the Orleans dashboard is served at <c>/dashboard</c> on the management port (default false).</summary>
    public bool Dashboard { get; set; }

    /// <summary>Reads and checks the section; a bad value stops the start with a message naming its key.</summary>
    public static ManagementOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var options = new ManagementOptions();
        if (section["Port"] is { } port)
        {
            if (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 65535)
            {
                throw new InvalidOperationException($"Configuration value Management:Port is '{port}'; it must be a port number from 1 to 65535, or 0 to turn the management port off.");
            }

            options.Port = value;
        }

        if (section["Dashboard"] is { } dashboard)
        {
            options.Dashboard = bool.TryParse(dashboard, out var on) ? on
                : throw new InvalidOperationException($"Configuration value Management:Dashboard is '{dashboard}'; use true or false.");
        }

        return options;
    }

    /// <summary>Whether a request came in on the management port.</summary>
    public bool IsManagementRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Port != 0 && context.Connection.LocalPort == Port;
    }
}
