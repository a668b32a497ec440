using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Platform.Gateway.ServiceDefaults;

namespace Platform.Gateway.Tests.Hosting;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Without_an_otlp_endpoint_only_metrics_are_collected_for_the_scrape_endpoint()
    {
        await using var factory = new GatewayFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        factory.Services.GetRequiredService<OtlpSettings>().ExportEnabled.Should().BeFalse();
        factory.Services.GetService<MeterProvider>().Should().NotBeNull("/metrics on the management port reads it");
        factory.Services.GetService<TracerProvider>().Should().BeNull("no traces are recorded when nobody receives them");
        factory.Services.GetServices<ILoggerProvider>().Should().NotContain(p => p is OpenTelemetryLoggerProvider);
    }

    [Fact]
    public async Task Without_a_management_port_or_an_otlp_endpoint_nothing_is_collected()
    {
        await using var factory = new NoReaderFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        factory.Services.GetService<MeterProvider>().Should().BeNull("no /metrics and no OTLP: nobody would read them");
        factory.Services.GetService<TracerProvider>().Should().BeNull();
    }

    private sealed class NoReaderFactory : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Management:Port"] = "0" };
    }

    [Fact]
    public async Task With_an_otlp_endpoint_tracer_meter_and_logger_providers_are_built_and_subscribed()
    {
        // Port 9 (discard) on loopback: nothing listens, so exports fail quietly and stay on this machine.
        await using var factory = new OtlpFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        var settings = factory.Services.GetRequiredService<OtlpSettings>();
        settings.Endpoint.Should().Be(new Uri("http://127.0.0.1:9"));
        settings.ServiceName.Should().Be("platform-test");
        factory.Services.GetRequiredService<TracerProvider>().Should().NotBeNull();
        factory.Services.GetRequiredService<MeterProvider>().Should().NotBeNull();
        factory.Services.GetServices<ILoggerProvider>().Should().ContainSingle(p => p is OpenTelemetryLoggerProvider);

        // The tracer provider listens to ASP.NET Core's and the platform's sources by name (wildcard included).
        using (var aspNetCore = new ActivitySource("Microsoft.AspNetCore"))
        using (var platform = new ActivitySource("Platform.Blogging"))
        using (var orleans = new ActivitySource("Microsoft.Orleans.Application"))
        {
            aspNetCore.HasListeners().Should().BeTrue();
            platform.HasListeners().Should().BeTrue();
            orleans.HasListeners().Should().BeTrue("grain calls' spans join the request's trace");
        }
    }

    [Theory]
    [InlineData("grpc", "http://collector:4317", "http://collector:4317/")]
    [InlineData("http/protobuf", "http://collector:4318", "http://collector:4318/v1/traces")]
    [InlineData("http/protobuf", "http://collector:4318/base/", "http://collector:4318/base/v1/traces")]
    public void Http_protobuf_endpoints_get_the_signal_path(string protocol, string endpoint, string expected)
    {
        var settings = new OtlpSettings(new Uri(endpoint), protocol == "grpc" ? OpenTelemetry.Exporter.OtlpExportProtocol.Grpc : OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, null, "x");
        var options = new OpenTelemetry.Exporter.OtlpExporterOptions();
        settings.Apply(options, "v1/traces");
        options.Endpoint.ToString().Should().Be(expected);
    }

    private sealed class OtlpFactory : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
            ["OTEL_SERVICE_NAME"] = "platform-test",
        };
    }

    [Fact]
    public void Subscribed_names_cover_aspnetcore_kestrel_runtime_and_platform()
    {
        TelemetryNames.Meters.Should().Contain(["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime", "Microsoft.Orleans", "Platform.*"]);
        TelemetryNames.ActivitySources.Should().Contain(["Microsoft.AspNetCore", "Microsoft.Orleans.*", "Platform.*"]);
        _ = typeof(TracerProvider);
        _ = typeof(MeterProvider);
    }
}
