namespace Platform.Bench.Storage;

/// <summary>The measured state: a counter-like record plus a body of configurable size.</summary>
public sealed class BenchState
{
    public int Count { get; set; }

    public DateTimeOffset Updated { get; set; }

    public Dictionary<string, int> Tags { get; set; } = [];

    public string Body { get; set; } = string.Empty;
}
