namespace Platform.Storage.Tests.MultiHost;

public sealed class CounterState
{
    public int Count { get; set; }
}
