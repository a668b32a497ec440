using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Platform.Actors.Diagnostics;
using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;

namespace Platform.Actors.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Calls_activations_and_storage_are_measured_without_grain_keys_in_tags()
    {
        var seen = new ConcurrentBag<(string Instrument, KeyValuePair<string, object?>[] Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ActorsTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, _, tags, _) => seen.Add((i.Name, tags.ToArray())));
        listener.SetMeasurementEventCallback<double>((i, _, tags, _) => seen.Add((i.Name, tags.ToArray())));
        listener.SetMeasurementEventCallback<int>((i, _, tags, _) => seen.Add((i.Name, tags.ToArray())));
        listener.Start();

        await using var cluster = await TestCluster.StartAsync();
        const string SecretKey = "telemetry-key-7f3a";
        var grain = cluster.Client.GetGrain<ICounterGrain>(SecretKey);
        await grain.Increment();
        await grain.Save();
        listener.RecordObservableInstruments();

        var names = seen.Select(s => s.Instrument).ToHashSet();
        names.Should().Contain(["platform-actors-app-requests", "platform-actors-app-requests-latency", "platform-actors-catalog-activation-created", "platform-actors-storage-read-latency", "platform-actors-storage-write-latency", "platform-actors-catalog-activations"]);
        seen.SelectMany(s => s.Tags).Should().NotContain(t => (t.Value as string ?? "").Contains(SecretKey, StringComparison.Ordinal));
        seen.Where(s => s.Instrument == "platform-actors-app-requests")
            .Should().Contain(s => s.Tags.Any(t => t.Key == "grain.type" && (t.Value as string) == "counter"), "calls are tagged with the grain type");
    }
}
