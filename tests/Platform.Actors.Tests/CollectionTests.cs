using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Runtime;
using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class CollectionTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task An_idle_activation_is_collected_after_the_collection_age_with_reason_ActivationIdle()
    {
        await using var cluster = await TestCluster.StartAsync(time: _time);
        var log = Log(cluster);
        var grain = cluster.Client.GetGrain<ILifecycleGrain>("idle");
        var first = await grain.Touch();

        _time.Advance(TimeSpan.FromMinutes(14));
        log.Entries.Should().NotContain("deactivate:idle:ActivationIdle", "15 minutes have not passed");

        _time.Advance(TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(() => log.Entries.Contains("deactivate:idle:ActivationIdle"), "the idle grain was collected");
        await Eventually.TrueAsync(() => Catalog(cluster).Count == 0, "the catalog is empty");
        (await grain.Touch()).Should().NotBe(first, "the next call makes a new activation");
    }

    [Fact]
    public async Task Calls_count_as_activity_and_postpone_collection()
    {
        await using var cluster = await TestCluster.StartAsync(time: _time);
        var log = Log(cluster);
        var grain = cluster.Client.GetGrain<ILifecycleGrain>("busy");
        var first = await grain.Touch();

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(10));
            (await grain.Touch()).Should().Be(first);
        }

        log.Entries.Should().NotContain(e => e.StartsWith("deactivate:busy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_grain_class_can_override_the_collection_age()
    {
        await using var cluster = await TestCluster.StartAsync(time: _time);
        var log = Log(cluster);
        await cluster.Client.GetGrain<IShortLivedGrain>("short").Touch();
        await cluster.Client.GetGrain<ILifecycleGrain>("long").Touch();

        _time.Advance(TimeSpan.FromMinutes(3));

        await Eventually.TrueAsync(() => log.Entries.Contains("deactivate:short:ActivationIdle"), "the one-minute grain was collected");
        log.Entries.Should().NotContain("deactivate:long:ActivationIdle");
    }

    [Fact]
    public async Task DeactivateOnIdle_deactivates_after_the_call_with_reason_ApplicationRequested()
    {
        await using var cluster = await TestCluster.StartAsync(time: _time);
        var log = Log(cluster);
        var grain = cluster.Client.GetGrain<ILifecycleGrain>("bye");
        var first = await grain.Touch();

        await grain.DeactivateMe();

        await Eventually.TrueAsync(() => log.Entries.Contains("deactivate:bye:ApplicationRequested"), "the grain deactivated");
        (await grain.Touch()).Should().NotBe(first);
    }

    [Fact]
    public async Task DelayDeactivation_keeps_an_idle_activation_past_its_collection_age()
    {
        await using var cluster = await TestCluster.StartAsync(time: _time);
        var log = Log(cluster);
        var grain = cluster.Client.GetGrain<ILifecycleGrain>("kept");
        await grain.Delay(TimeSpan.FromMinutes(40));

        _time.Advance(TimeSpan.FromMinutes(30));
        Catalog(cluster).Count.Should().Be(1);
        log.Entries.Should().NotContain("deactivate:kept:ActivationIdle");

        _time.Advance(TimeSpan.FromMinutes(12));
        await Eventually.TrueAsync(() => log.Entries.Contains("deactivate:kept:ActivationIdle"), "the delay ran out");
    }

    private static EventLog Log(TestCluster cluster) => cluster.Hosts[0].Services.GetRequiredService<EventLog>();

    private static Catalog Catalog(TestCluster cluster) => cluster.Hosts[0].Services.GetRequiredService<GrainRuntime>().Catalog;
}
