using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Persistence;
using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_deactivates_every_activation_which_flushes_its_state()
    {
        await using var cluster = await TestCluster.StartAsync();
        var log = cluster.Hosts[0].Services.GetRequiredService<EventLog>();
        var keys = Enumerable.Range(0, 200).Select(i => $"flush-{i}").ToArray();
        foreach (var key in keys)
        {
            var grain = cluster.Client.GetGrain<ICounterGrain>(key);
            await grain.Increment();
            await grain.Increment();
        }

        await cluster.StopHostAsync(0);

        log.Entries.Count(e => e.EndsWith(":ShuttingDown", StringComparison.Ordinal)).Should().Be(200);
        foreach (var key in keys)
        {
            var stored = new GrainState<CounterState>(new CounterState());
            await cluster.Storage.ReadStateAsync("counter", new GrainId("counter", key), stored);
            stored.State.Count.Should().Be(2, $"{key} wrote its in-memory count when it was deactivated");
        }
    }
}
