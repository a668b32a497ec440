using Microsoft.Extensions.Hosting;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// Where the host is in its life: started once <c>ApplicationStarted</c> fired (every hosted service, the actor
/// runtime included, has started), stopping once <c>ApplicationStopping</c> fired (SIGTERM) or the host began
/// stopping its services.
/// </summary>
internal sealed class HostLifecycle(IHostApplicationLifetime lifetime)
{
    private volatile bool _stopping;

    public bool Started => lifetime.ApplicationStarted.IsCancellationRequested;

    public bool Stopping => _stopping || lifetime.ApplicationStopping.IsCancellationRequested;

    public void MarkStopping() => _stopping = true;
}
