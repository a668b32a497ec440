using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Platform.Gateway.Tenancy;

/// <summary>
/// A thread-safe in-memory <see cref="ICustomDomainMap"/>. Reads do not lock or allocate; <see cref="Set"/> and
/// <see cref="Remove"/> may run concurrently with them (the blog code updates the table when an owner changes a
/// domain).
/// </summary>
public sealed class InMemoryCustomDomainMap : ICustomDomainMap
{
    private readonly ConcurrentDictionary<string, string> _blogsByHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty table.</summary>
    public InMemoryCustomDomainMap() => _lookup = _blogsByHost.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of custom domains.</summary>
    public int Count => _blogsByHost.Count;

    /// <summary>
    /// Maps <paramref name="host"/> (e.g. <c>example.com</c> or <c>example.com:8443</c>; case and one trailing dot
    /// are ignored) to <paramref name="blog"/>, replacing any previous mapping of that host.
    /// </summary>
    /// <exception cref="ArgumentException">The host is not a host name with an optional port, or the blog name is not valid.</exception>
    public void Set(string host, string blog)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(blog);
        if (!BlogNames.IsValid(blog))
        {
            throw new ArgumentException($"'{blog}' is not a valid blog name.", nameof(blog));
        }

        _blogsByHost[Normalize(host)] = blog;
    }

    /// <summary>Removes the mapping of <paramref name="host"/>; returns whether there was one.</summary>
    public bool Remove(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return _blogsByHost.TryRemove(Normalize(host), out _);
    }

    /// <inheritdoc />
    public bool TryGetBlog(string host, [MaybeNullWhen(false)] out string blog) => _blogsByHost.TryGetValue(host, out blog);

    /// <inheritdoc />
    public bool TryGetBlog(ReadOnlySpan<char> host, [MaybeNullWhen(false)] out string blog) => _lookup.TryGetValue(host, out blog);

    private static string Normalize(string host)
    {
        if (!HostName.TryParse(host, out var parsed))
        {
            throw new ArgumentException($"'{host}' is not a host name with an optional port.", nameof(host));
        }

        var name = parsed.Name.ToString().ToLowerInvariant();
        return parsed.Port.IsEmpty ? name : string.Concat(name, ":", parsed.Port);
    }
}
