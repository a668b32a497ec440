using System.Collections.Concurrent;

namespace Platform.Actors.Tests.Support;

/// <summary>What test grains did, in order, so a test can assert on sequences and counts.</summary>
public sealed class EventLog
{
    private readonly ConcurrentQueue<string> _events = new();

    public void Add(string entry) => _events.Enqueue(entry);

    public IReadOnlyList<string> Entries => [.. _events];

    public int Count(string entry) => _events.Count(e => e == entry);
}
