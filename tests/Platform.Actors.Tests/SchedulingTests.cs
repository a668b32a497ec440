using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class SchedulingTests
{
    [Fact]
    public async Task Calls_do_not_interleave_across_awaits_by_default()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IConcurrencyGrain>("serial");

        var inside = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => grain.Work(40)));

        inside.Should().AllBeEquivalentTo(1);
        (await grain.MaxInside()).Should().Be(1);
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_calls_but_stays_single_threaded()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IReentrantConcurrencyGrain>("reentrant");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => grain.Work(80))));

        (await grain.MaxInside()).Should().BeGreaterThan(1, "calls interleave at awaits");
        (await grain.MaxThreadsInside()).Should().Be(1, "two threads never run grain code at once");
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_another_call_awaits()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IConcurrencyGrain>("interleave");

        var busy = grain.Work(400);
        await Eventually.TrueAsync(async () => await grain.InsideNow() == 1, "the long call is inside the grain");

        (await grain.InsideNow()).Should().Be(1);
        busy.IsCompleted.Should().BeFalse();
        await busy;
    }

    [Fact]
    public async Task Read_only_calls_interleave_with_each_other_but_not_with_writes()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IConcurrencyGrain>("readers");

        var readers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => grain.Read(200)));
        readers.Max().Should().BeGreaterThan(1, "read-only calls run together");

        var mixed = new[] { grain.Read(150), grain.Work(150), grain.Read(150) };
        var overlaps = await Task.WhenAll(mixed);
        overlaps[1].Should().Be(1, "a write never runs beside a read");
        (await grain.MaxThreadsInside()).Should().Be(1);
    }

    [Fact]
    public async Task A_call_cycle_between_non_reentrant_grains_times_out_with_TimeoutException()
    {
        await using var cluster = await TestCluster.StartAsync(options: o => o.ResponseTimeout = TimeSpan.FromMilliseconds(500));
        var a = cluster.Client.GetGrain<IPingPongGrain>("a");

        var act = () => a.Bounce("b", 2);

        await act.Should().ThrowAsync<TimeoutException>();
        (await a.Bounce("b", 1)).Should().Be("done", "the grains keep working after the cycle was broken");
    }

    [Fact]
    public async Task Exceptions_reach_the_caller_with_their_original_type()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IThrowingGrain>("throws");

        await grain.Invoking(g => g.ThrowBeforeAwait()).Should().ThrowAsync<GrainBoomException>().WithMessage("before await");
        await grain.Invoking(g => g.ThrowBeforeAwaitTyped()).Should().ThrowAsync<GrainBoomException>().WithMessage("typed before await");
        await grain.Invoking(g => g.ThrowAfterAwait()).Should().ThrowAsync<GrainBoomException>().WithMessage("after await");
        await grain.Invoking(g => g.ValueTaskThrow().AsTask()).Should().ThrowAsync<InvalidOperationException>().WithMessage("value task");
        (await grain.ValueTaskValue(42)).Should().Be(42);
    }

    [Fact]
    public async Task Many_callers_to_one_grain_all_get_their_own_answer()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ICounterGrain>("many");

        var results = await Task.WhenAll(Enumerable.Range(0, 2000).Select(_ => Task.Run(() => grain.Increment())));

        results.Order().Should().Equal(Enumerable.Range(1, 2000));
    }
}
