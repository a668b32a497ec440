namespace Platform.Gateway;

/// <summary>
/// The proxies whose <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c> headers are
/// believed. With both lists empty (the default) no peer is trusted and the headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>IP addresses of trusted proxies, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Trusted networks in CIDR notation, e.g. <c>10.0.0.0/8</c> or <c>fd00::/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];
}
