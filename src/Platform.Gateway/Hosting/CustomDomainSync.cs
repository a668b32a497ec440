using Platform.Blogging.Registry;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Hosting;

/// <summary>
/// Keeps the tenancy's custom-domain table equal to the blog directory: at start, and every
/// <c>Platform:DomainRefreshInterval</c> (default 30 s) so a domain added on another node is picked up here too.
/// Domains from configuration (<c>Platform:CustomDomains</c>) stay as configured.
/// </summary>
internal sealed partial class CustomDomainSync(
    IGrainFactory grains,
    InMemoryCustomDomainMap map,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<PlatformOptions> options,
    ILogger<CustomDomainSync> logger) : IHostedService, IDisposable
{
    private readonly Dictionary<string, string> _fromDirectory = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ITimer? _timer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync();
        var period = options.Value.DomainRefreshInterval;
        _timer = time.CreateTimer(static s => _ = ((CustomDomainSync)s!).RefreshAsync(waitForRunning: false), this, period, period);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Reads the directory and applies additions and removals to the table (after a blog's domains changed here, at once).</summary>
    public Task RefreshAsync() => RefreshAsync(waitForRunning: true);

    private async Task RefreshAsync(bool waitForRunning)
    {
        if (!await _gate.WaitAsync(waitForRunning ? Timeout.Infinite : 0))
        {
            return;
        }

        try
        {
            var domains = await BlogDirectory.GetDomainsAsync(grains);
            foreach (var stale in _fromDirectory.Keys.Where(d => !domains.ContainsKey(d)).ToArray())
            {
                map.Remove(stale);
                _fromDirectory.Remove(stale);
            }

            foreach (var (domain, blog) in domains)
            {
                if (!_fromDirectory.TryGetValue(domain, out var known) || known != blog)
                {
                    map.Set(domain, blog);
                    _fromDirectory[domain] = blog;
                }
            }
        }
#pragma warning disable CA1031 // A failed refresh keeps the current table and is retried at the next interval.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRefreshFailed(logger, exception);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "Refreshing custom domains from the blog directory failed; keeping the current table")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
