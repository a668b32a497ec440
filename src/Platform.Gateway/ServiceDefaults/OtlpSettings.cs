using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// The standard OpenTelemetry variables, read from configuration (environment variables are part of it):
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (export is on only when set), <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>
/// (<c>grpc</c>, default, or <c>http/protobuf</c>), <c>OTEL_EXPORTER_OTLP_HEADERS</c>, <c>OTEL_SERVICE_NAME</c>
/// (default <c>platform</c>).
/// </summary>
internal sealed record OtlpSettings(Uri? Endpoint, OtlpExportProtocol Protocol, string? Headers, string ServiceName)
{
    public const string DefaultServiceName = "platform";

    public bool ExportEnabled => Endpoint is not null;

    public static OtlpSettings From(IConfiguration configuration)
    {
        var endpointText = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var endpoint = Uri.TryCreate(endpointText, UriKind.Absolute, out var parsed) ? parsed : null;
        var protocol = string.Equals(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        var serviceName = configuration["OTEL_SERVICE_NAME"];
        return new OtlpSettings(endpoint, protocol, configuration["OTEL_EXPORTER_OTLP_HEADERS"], string.IsNullOrWhiteSpace(serviceName) ? DefaultServiceName : serviceName);
    }

    /// <summary>Points an exporter at the collector; over HTTP each signal has its own path (<c>v1/traces</c>, ...).</summary>
    public void Apply(OtlpExporterOptions options, string httpSignalPath)
    {
        if (Endpoint is null)
        {
            return;
        }

        options.Protocol = Protocol;
        options.Endpoint = Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(Endpoint, Endpoint.AbsolutePath.TrimEnd('/') + "/" + httpSignalPath)
            : Endpoint;
        if (!string.IsNullOrEmpty(Headers))
        {
            options.Headers = Headers;
        }
    }
}
