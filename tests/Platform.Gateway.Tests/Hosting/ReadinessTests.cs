using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Gateway.Tests.Hosting;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_fails_from_ApplicationStopping_while_the_drain_delay_keeps_serving()
    {
        await using var factory = new DrainingFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());

        // As SIGTERM does: the entry point's Run() then stops the host, draining for 3 s first.
        lifetime.StopApplication();

        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("\"stopping\"");
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        stopped.Task.IsCompleted.Should().BeFalse("the drain delay holds the host open");

        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    private sealed class DrainingFactory : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Platform:ShutdownDrainDelay"] = "00:00:03" };
    }
}
