using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// Turns <see cref="ForwardedHeadersSettings"/> into <see cref="ForwardedHeadersOptions"/>. ASP.NET Core trusts
/// loopback by default, and trusts every peer when both lists are empty; here the defaults are cleared, and with no
/// proxy configured no header is processed at all.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static void Apply(ForwardedHeadersOptions options, ForwardedHeadersSettings settings)
    {
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        options.ForwardedHeaders = IsAnyProxyTrusted(settings)
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
            : ForwardedHeaders.None;
    }

    public static bool IsAnyProxyTrusted(ForwardedHeadersSettings settings) =>
        settings.KnownProxies.Count > 0 || settings.KnownNetworks.Count > 0;
}
