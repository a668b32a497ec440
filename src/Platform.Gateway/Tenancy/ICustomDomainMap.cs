namespace Platform.Gateway.Tenancy;

/// <summary>
/// The table of custom domains: a host (<c>example.com</c>, or <c>example.com:8443</c> when a port matters) to the
/// blog it serves. Lookups are case-insensitive and receive hosts without a trailing dot. Implementations must be
/// safe for concurrent reads and updates.
/// </summary>
public interface ICustomDomainMap
{
    /// <summary>Looks up the blog served at <paramref name="host"/>.</summary>
    bool TryGetBlog(string host, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string blog);

    /// <summary>
    /// Looks up the blog served at <paramref name="host"/> without allocating a string. The default implementation
    /// allocates; <see cref="InMemoryCustomDomainMap"/> does not.
    /// </summary>
    bool TryGetBlog(ReadOnlySpan<char> host, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string blog) =>
        TryGetBlog(host.ToString(), out blog);
}
