using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Persistence;
using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task A_grain_keeps_several_named_states_in_different_providers()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IProfileGrain>("two-states");
        await grain.SetName("Ada");
        await grain.AddView();
        await grain.AddView();
        await cluster.StopHostAsync(0);

        var host = await cluster.AddHostAsync();
        var again = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IProfileGrain>("two-states");

        (await again.Read()).Should().Be(("Ada", 2L, true));
        cluster.Storage.Count.Should().Be(1, "the stats state lives in the 'other' provider");
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_throws_and_the_activation_reloads_on_the_next_call()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ICounterGrain>("stale");
        await grain.Increment();
        await grain.Save();

        // Another writer moves the stored state on behind the activation's back.
        var id = grain.GetGrainId();
        var outside = new GrainState<CounterState>(new CounterState());
        await cluster.Storage.ReadStateAsync("counter", id, outside);
        outside.State.Count = 100;
        await cluster.Storage.WriteStateAsync("counter", id, outside);

        await grain.Increment();
        var write = () => grain.Save();
        var thrown = (await write.Should().ThrowAsync<InconsistentStateException>()).Which;
        thrown.StoredEtag.Should().Be(outside.ETag);
        thrown.CurrentEtag.Should().NotBe(outside.ETag);

        await Eventually.TrueAsync(async () => await grain.Current() == 100, "the next activation reloaded the stored state");
    }

    [Fact]
    public async Task Clearing_state_resets_it_and_removes_the_record()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IProfileGrain>("clear");
        await grain.SetName("Grace");

        await grain.Clear();

        (await grain.Read()).Should().Be(("", 0L, false));
        cluster.Storage.Count.Should().Be(0);
    }

    [Fact]
    public async Task Two_hosts_over_one_store_see_each_others_writes_after_the_revalidation_window()
    {
        await using var cluster = await TestCluster.StartAsync(hosts: 2);
        var onFirst = cluster.GrainFactory(0).GetGrain<IProfileGrain>("shared");
        var onSecond = cluster.GrainFactory(1).GetGrain<IProfileGrain>("shared");
        await onFirst.SetName("before");
        (await onSecond.ReadFresh(TimeSpan.FromMilliseconds(100))).Should().Be("before");

        await onFirst.SetName("after");
        await Task.Delay(150);

        (await onSecond.ReadFresh(TimeSpan.FromMilliseconds(100))).Should().Be("after");
    }
}
