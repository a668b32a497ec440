namespace Platform.Storage.Tests.MultiHost;

[GenerateSerializer]
[Alias("tests.CounterState")]
public sealed class CounterState
{
    [Id(0)]
    public int Count { get; set; }
}
