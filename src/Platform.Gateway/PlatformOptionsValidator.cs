using System.Net;
using Microsoft.Extensions.Options;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway;

/// <summary>Rejects settings the gateway cannot run with, at start rather than at the first request.</summary>
internal sealed class PlatformOptionsValidator : IValidateOptions<PlatformOptions>
{
    public ValidateOptionsResult Validate(string? name, PlatformOptions options)
    {
        var failures = new List<string>();
        if (!HostName.TryParse(options.Domain, out var domain) || !domain.Port.IsEmpty || domain.IsIpLiteral)
        {
            failures.Add($"Platform:Domain '{options.Domain}' must be a host name without port, e.g. 'blogs.example.com' or 'localhost'.");
        }

        if (options.DomainRefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("Platform:DomainRefreshInterval must be positive.");
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero || options.ShutdownDrainDelay < TimeSpan.Zero || options.ShutdownDrainDelay >= options.ShutdownTimeout)
        {
            failures.Add("Platform:ShutdownTimeout must be positive and Platform:ShutdownDrainDelay between zero and the shutdown timeout.");
        }

        if (options.MaxRequestBodySize <= 0)
        {
            failures.Add("Platform:MaxRequestBodySize must be positive.");
        }

        foreach (var (host, blog) in options.CustomDomains)
        {
            if (!HostName.TryParse(host, out _) || !BlogNames.IsValid(blog) || TenantResolver.CollidesWithPlatform(host, options.Domain))
            {
                failures.Add($"Platform:CustomDomains '{host}' -> '{blog}': the host must be a domain outside the platform domain and the blog a valid name.");
            }
        }

        failures.AddRange(options.ForwardedHeaders.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"Platform:ForwardedHeaders:KnownProxies '{p}' is not an IP address."));
        failures.AddRange(options.ForwardedHeaders.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)).Select(n => $"Platform:ForwardedHeaders:KnownNetworks '{n}' is not a CIDR network."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
