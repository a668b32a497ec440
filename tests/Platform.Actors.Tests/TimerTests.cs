using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class TimerTests
{
    [Fact]
    public async Task Ticks_never_overlap_even_when_the_callback_outlasts_the_period()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ITimerGrain>("slow-ticks");

        await grain.Start(TimeSpan.FromMilliseconds(5), workMs: 60, interleave: true, keepAlive: false);
        await Eventually.TrueAsync(async () => await grain.Ticks() >= 4, "four ticks ran");

        (await grain.MaxConcurrentTicks()).Should().Be(1);
    }

    [Fact]
    public async Task The_next_period_starts_after_the_callback_has_finished()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await TestCluster.StartAsync(time: time);
        var grain = cluster.Client.GetGrain<ITimerGrain>("period");
        await grain.Start(TimeSpan.FromSeconds(10), workMs: 300, interleave: false, keepAlive: false);
        var start = time.GetUtcNow();

        time.Advance(TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(async () => (await grain.TickStarts()).Count == 1, "the first tick started");
        time.Advance(TimeSpan.FromSeconds(15)); // the first tick is still running at T+25: it finishes there, on this clock
        await Eventually.TrueAsync(async () => await grain.Ticks() == 1, "the first tick finished");

        // The runtime re-arms the timer just after the tick's task completes; step the clock until the next tick starts.
        for (var step = 0; step < 60 && (await grain.TickStarts()).Count < 2; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        var starts = await grain.TickStarts();
        starts.Should().HaveCount(2);
        starts[0].Should().Be(start.AddSeconds(10));
        starts[1].Should().BeOnOrAfter(start.AddSeconds(35), "the period runs from the end of the first tick (T+25), not from its start (which would give T+20 or T+30)");
    }

    [Fact]
    public async Task A_tick_waits_for_the_running_call_unless_the_timer_interleaves()
    {
        await using var cluster = await TestCluster.StartAsync();
        var serial = cluster.Client.GetGrain<ITimerGrain>("serial-timer");
        await serial.Start(TimeSpan.FromMilliseconds(20), workMs: 0, interleave: false, keepAlive: false);
        await serial.Busy(300);
        (await serial.TickRanDuringCall()).Should().BeFalse();

        var interleaved = cluster.Client.GetGrain<ITimerGrain>("interleaved-timer");
        await interleaved.Start(TimeSpan.FromMilliseconds(20), workMs: 0, interleave: true, keepAlive: false);
        await interleaved.Busy(300);
        (await interleaved.TickRanDuringCall()).Should().BeTrue();
    }

    [Fact]
    public async Task Ticks_keep_an_activation_alive_only_with_KeepAlive()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await TestCluster.StartAsync(time: time);
        var plain = cluster.Client.GetGrain<ITimerGrain>("plain");
        var kept = cluster.Client.GetGrain<ITimerGrain>("kept");
        await plain.Start(TimeSpan.FromMinutes(1), workMs: 0, interleave: false, keepAlive: false);
        await kept.Start(TimeSpan.FromMinutes(1), workMs: 0, interleave: false, keepAlive: true);

        for (var minute = 0; minute < 20; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(10);
        }

        var runtime = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Runtime.GrainRuntime>(cluster.Hosts[0].Services);
        await Eventually.TrueAsync(() => runtime.Catalog.Snapshot().Length == 1, "only the keep-alive timer's grain is left");
        runtime.Catalog.Snapshot()[0].GrainId.Key.Should().Be("kept");
    }

    [Fact]
    public async Task A_disposed_timer_stops_ticking()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ITimerGrain>("stop");
        await grain.Start(TimeSpan.FromMilliseconds(10), workMs: 0, interleave: false, keepAlive: false);
        await Eventually.TrueAsync(async () => await grain.Ticks() >= 2, "the timer ticked");

        await grain.StopTimer();
        var after = await grain.Ticks();
        await Task.Delay(150);

        (await grain.Ticks()).Should().BeLessThanOrEqualTo(after + 1);
    }
}
