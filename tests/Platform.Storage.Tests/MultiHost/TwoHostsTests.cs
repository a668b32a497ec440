using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Actors;
using Platform.Actors.Hosting;
using Platform.Actors.Persistence;

namespace Platform.Storage.Tests.MultiHost;

/// <summary>Two runtime hosts over one store, each with its own activation of the same grain, as two pods would run.</summary>
public abstract class TwoHostsTests : IAsyncLifetime
{
    private IHost? _first;
    private IHost? _second;

    public async Task InitializeAsync()
    {
        _first = await StartHostAsync();
        _second = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _first, _second })
        {
            if (host is not null)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    /// <summary>Registers the provider under <see cref="CounterGrain.StorageName"/>, over the store both hosts share.</summary>
    protected abstract void AddStorage(ActorRuntimeBuilder builder);

    /// <summary>A separate provider instance over the same store, to read what was really stored.</summary>
    protected abstract IGrainStorage OpenStore();

    [Fact]
    public async Task A_thousand_concurrent_increments_over_two_hosts_store_exactly_a_thousand()
    {
        var key = Guid.NewGuid().ToString("N");
        var grains = new[] { Grain(_first!, key), Grain(_second!, key) };

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => grains[i % 2].Increment()));

        results.Should().OnlyHaveUniqueItems().And.HaveCount(1000);
        results.Max().Should().Be(1000);
        var stored = new GrainState<CounterState>(new CounterState());
        await OpenStore().ReadStateAsync("counter", new GrainId("counter", key), stored);
        stored.State.Count.Should().Be(1000);
    }

    [Fact]
    public async Task An_edit_through_one_host_is_seen_through_the_other_after_the_revalidation_window()
    {
        var key = Guid.NewGuid().ToString("N");
        var first = Grain(_first!, key);
        var second = Grain(_second!, key);
        (await first.Increment()).Should().Be(1);
        (await second.Current()).Should().Be(1);

        (await first.Increment()).Should().Be(2);
        await Task.Delay(CounterGrain.RevalidationWindow + TimeSpan.FromMilliseconds(50));

        (await second.Current()).Should().Be(2);
        (await second.Increment()).Should().Be(3);
        await Task.Delay(CounterGrain.RevalidationWindow + TimeSpan.FromMilliseconds(50));
        (await first.Current()).Should().Be(3);
    }

    private static ICounterGrain Grain(IHost host, string key) => host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>(key);

    private async Task<IHost> StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddActorRuntime(b => AddStorage(b.AddGrain<ICounterGrain, CounterGrain>()));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
