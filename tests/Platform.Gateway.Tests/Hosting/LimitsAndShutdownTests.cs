using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Tests.Hosting;

public sealed class LimitsAndShutdownTests
{
    [Fact]
    public async Task Without_configuration_the_host_uses_the_documented_defaults_of_platform_options()
    {
        await using var factory = new GatewayFactory();
        _ = factory.Server;
        var defaults = new PlatformOptions();
        factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.Should().Be(defaults.ShutdownTimeout);
        factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize.Should().Be(defaults.MaxRequestBodySize);
    }

    [Fact]
    public async Task Shutdown_timeout_and_body_limit_come_from_configuration()
    {
        await using var factory = new ConfiguredFactory();
        _ = factory.Server;
        factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(45));
        factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize.Should().Be(1024);
    }

    [Fact]
    public void Invalid_platform_domain_stops_the_host_at_start()
    {
        using var factory = new BadDomainFactory();
        var act = () => factory.Server;
        act.Should().Throw<OptionsValidationException>().WithMessage("*Platform:Domain*");
    }

    private sealed class ConfiguredFactory : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Platform:ShutdownTimeout"] = "00:00:45",
            ["Platform:MaxRequestBodySize"] = "1024",
        };
    }

    private sealed class BadDomainFactory : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Platform:Domain"] = "blogs.test:8080" };
    }
}
