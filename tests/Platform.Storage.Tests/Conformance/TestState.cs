namespace Platform.Storage.Tests.Conformance;

/// <summary>A state exercising what grain state holds: strings, numbers, offsets, collections, records, nulls.</summary>
public sealed class TestState
{
    public string Name { get; set; } = string.Empty;

    public int Count { get; set; }

    public DateTimeOffset When { get; set; }

    public Dictionary<string, int> Tags { get; set; } = [];

    public List<TestItem> Items { get; set; } = [];

    public string? Note { get; set; }

    public TestItem? Featured { get; set; }
}
