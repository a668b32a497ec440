using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;
using Platform.Blogging.Blogs;
using Platform.Blogging.Registry;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Publishing;

/// <summary>
/// Publishes scheduled posts when their time comes, with no request needed: at start (catching up on whatever
/// fell due while the platform was down) and then every <see cref="BloggingOptions.PublishPollInterval"/>, it asks
/// the blog directory which blogs have a post due and tells those blogs to publish.
/// </summary>
public sealed partial class PublicationScheduler(
    IGrainFactory grains,
    TimeProvider time,
    IOptions<BloggingOptions> options,
    ILogger<PublicationScheduler> logger) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private ITimer? _timer;
    private int _stopped;

    /// <inheritdoc />
    public void Participate(ISiloLifecycle observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        observer.Subscribe(nameof(PublicationScheduler), ServiceLifecycleStage.Active, StartAsync, StopAsync);
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.PublishPollInterval;
        _timer = time.CreateTimer(static s => _ = ((PublicationScheduler)s!).RunOnceAsync(), this, TimeSpan.Zero, period);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return; // A host may stop its services twice (a test host's dispose after the app's own stop).
        }

        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        await _running.WaitAsync(cancellationToken);
        _running.Release();
    }

    /// <summary>One pass: publishes what is due; returns how many posts were published.</summary>
    public async Task<int> RunOnceAsync()
    {
        if (!await _running.WaitAsync(0))
        {
            return 0;
        }

        try
        {
            var next = await BlogDirectory.GetNextPublicationsAsync(grains);
            var now = time.GetUtcNow();
            var published = 0;
            foreach (var (blog, due) in next)
            {
                if (due <= now)
                {
                    var count = await grains.GetGrain<IBlogGrain>(blog).PublishDue();
                    published += count;
                    if (count > 0)
                    {
                        LogPublished(logger, count, blog);
                    }
                }
            }

            return published;
        }
#pragma warning disable CA1031 // A failed pass is logged and retried at the next interval; it must not kill the timer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, exception);
            return 0;
        }
        finally
        {
            _running.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The semaphore is left undisposed on purpose: a host can stop this service after its container disposed it
    /// (a test host's stop racing the entry point's dispose), and a <see cref="SemaphoreSlim"/> whose wait handle is
    /// never used holds nothing that needs releasing.
    /// </remarks>
    public void Dispose()
    {
        Interlocked.Exchange(ref _stopped, 1);
        _timer?.Dispose();
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Published {Count} scheduled posts of blog {Blog}")]
    private static partial void LogPublished(ILogger logger, int count, string blog);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "The publication pass failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
