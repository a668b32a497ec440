using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.MultiHost;

/// <summary>
/// Two silos of one Orleans cluster over one store, as two nodes would run: Orleans keeps one activation per grain
/// across them, so there is nothing to revalidate and no write conflicts.
/// </summary>
public abstract class TwoHostsTests : IAsyncLifetime
{
    private StorageCluster? _cluster;

    public async Task InitializeAsync() => _cluster = await StorageCluster.StartAsync(AddStorage);

    public async Task DisposeAsync() => await _cluster!.DisposeAsync();

    /// <summary>Registers the provider under <see cref="StorageCluster.ProviderName"/>, over the store both silos share.</summary>
    protected abstract void AddStorage(ISiloBuilder silo);

    /// <summary>The stored payload of a state, as text, read around the provider.</summary>
    protected abstract Task<string> ReadRawAsync(string stateName, GrainId id);

    [Fact]
    public async Task A_thousand_concurrent_increments_through_two_silos_store_exactly_a_thousand()
    {
        var key = Guid.NewGuid().ToString("N");
        var grains = new[] { Grain(0, key), Grain(1, key) };

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => grains[i % 2].Increment()));

        results.Should().OnlyHaveUniqueItems().And.HaveCount(1000);
        results.Max().Should().Be(1000);
        var stored = new TestGrainState<CounterState>(new CounterState());
        await _cluster!.Storage(1).ReadStateAsync("counter", GrainId.Create("counter", key), stored);
        stored.State.Count.Should().Be(1000);
    }

    [Fact]
    public async Task An_edit_through_one_silo_is_read_through_the_other_at_once()
    {
        var key = Guid.NewGuid().ToString("N");
        (await Grain(0, key).Increment()).Should().Be(1);
        (await Grain(1, key).Current()).Should().Be(1);
        (await Grain(1, key).Increment()).Should().Be(2);
        (await Grain(0, key).Current()).Should().Be(2);
    }

    [Fact]
    public async Task State_is_stored_as_plain_json_without_type_or_assembly_names()
    {
        var key = Guid.NewGuid().ToString("N");
        await Grain(0, key).Increment();

        var raw = await ReadRawAsync("counter", GrainId.Create("counter", key));

        raw.Should().Be("{\"count\":1}");
    }

    private ICounterGrain Grain(int silo, string key) => _cluster!.Silo(silo).GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>(key);
}
