namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// Tags that put a health check behind one of the probe endpoints: <c>/health/live</c>, <c>/health/ready</c>,
/// <c>/health/startup</c>. A check may carry several tags.
/// </summary>
public static class HealthCheckTags
{
    /// <summary>Checked by <c>/health/live</c>: the process is up and serving. Keep these trivial.</summary>
    public const string Live = "live";

    /// <summary>Checked by <c>/health/ready</c>: the instance should receive traffic (dependencies up, not stopping).</summary>
    public const string Ready = "ready";

    /// <summary>Checked by <c>/health/startup</c>: the host has finished starting.</summary>
    public const string Startup = "startup";
}
