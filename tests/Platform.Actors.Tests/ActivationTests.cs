using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Runtime;
using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class ActivationTests
{
    [Fact]
    public async Task A_reference_activates_nothing_until_the_first_call()
    {
        await using var cluster = await TestCluster.StartAsync();
        var runtime = cluster.Hosts[0].Services.GetRequiredService<GrainRuntime>();
        var log = cluster.Hosts[0].Services.GetRequiredService<EventLog>();

        var counter = cluster.Client.GetGrain<ICounterGrain>("lazy");

        runtime.Catalog.Count.Should().Be(0);
        log.Entries.Should().BeEmpty();
        (await counter.Increment()).Should().Be(1);
        runtime.Catalog.Count.Should().Be(1);
        log.Entries.Should().Equal("construct:lazy", "activate:lazy:0");
    }

    [Fact]
    public async Task A_burst_of_concurrent_first_calls_makes_exactly_one_activation()
    {
        await using var cluster = await TestCluster.StartAsync();
        var log = cluster.Hosts[0].Services.GetRequiredService<EventLog>();
        using var start = new ManualResetEventSlim();

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return cluster.Client.GetGrain<ICounterGrain>("burst").Increment();
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(calls);

        log.Count("construct:burst").Should().Be(1);
        results.Should().OnlyHaveUniqueItems().And.HaveCount(1000);
        (await cluster.Client.GetGrain<ICounterGrain>("burst").Current()).Should().Be(1000);
    }

    [Fact]
    public async Task State_is_loaded_before_OnActivateAsync_and_calls_wait_for_activation()
    {
        await using var cluster = await TestCluster.StartAsync();
        var log = cluster.Hosts[0].Services.GetRequiredService<EventLog>();
        var first = cluster.Client.GetGrain<ICounterGrain>("order");
        await first.Increment();
        await first.Save();
        await cluster.StopHostAsync(0);

        var host = await cluster.AddHostAsync();
        var factory = host.Services.GetRequiredService<IGrainFactory>();
        var secondLog = host.Services.GetRequiredService<EventLog>();
        var values = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.GetGrain<ICounterGrain>("order").Current()));

        values.Should().AllBeEquivalentTo(1, "every call runs after the state (count 1) was loaded");
        secondLog.Entries.Should().StartWith(["construct:order", "activate:order:1"]);
        log.Entries.Should().Contain("deactivate:order:ShuttingDown");
    }

    [Fact]
    public async Task A_failed_activation_fails_every_queued_call_with_its_exception_and_the_next_call_retries()
    {
        await using var cluster = await TestCluster.StartAsync();
        var key = $"fail-{Guid.NewGuid():N}";
        ThrowingGrain.FailActivations[key] = 1;
        var grain = cluster.Client.GetGrain<IThrowingGrain>(key);

        var queued = Enumerable.Range(0, 10).Select(_ => grain.ValueTaskValue(7).AsTask()).ToArray();
        foreach (var call in queued)
        {
            var act = () => call;
            (await act.Should().ThrowAsync<GrainBoomException>()).WithMessage($"activation of {key} failed on purpose");
        }

        (await grain.ValueTaskValue(8)).Should().Be(8);
        (await grain.Activations()).Should().Be(2);
    }

    [Fact]
    public async Task Grain_ids_are_the_class_name_lower_cased_without_the_Grain_suffix()
    {
        await using var cluster = await TestCluster.StartAsync();

        var reference = cluster.Client.GetGrain<ICounterGrain>("Hello World/한글");

        reference.GetGrainId().ToString().Should().Be("counter/Hello World/한글");
        reference.GetGrainId().Key.Should().Be("Hello World/한글");
    }
}
