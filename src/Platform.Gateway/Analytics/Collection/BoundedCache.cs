using System.Collections.Concurrent;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// A concurrent cache keyed by user-agent string that never holds more than its capacity: when it is full it is
/// cleared and fills again. User agents repeat heavily (a few hundred cover most traffic), so the hot ones come
/// back at once; what the bound buys is that a stream of unique, made-up user agents cannot grow memory.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    /// <summary>Strings longer than this are classified every time and not kept.</summary>
    public const int MaxKeyLength = 512;

    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    public void Add(string key, TValue value)
    {
        if (key.Length <= MaxKeyLength)
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }

            _entries.TryAdd(key, value);
        }
    }

    public TValue GetOrAdd(string key, Func<string, TValue> compute)
    {
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute(key);
        if (key.Length <= MaxKeyLength)
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }

            _entries.TryAdd(key, value);
        }

        return value;
    }
}
