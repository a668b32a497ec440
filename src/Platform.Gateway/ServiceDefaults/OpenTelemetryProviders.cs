using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// The tracer and meter providers, built with <see cref="Sdk"/> (the hosting package is not available) and owned
/// by the container, which disposes them on shutdown so the last batches are flushed. Registered only when OTLP
/// export is on; otherwise nothing listens and nothing exports.
/// </summary>
internal sealed class OpenTelemetryProviders : IDisposable
{
    public OpenTelemetryProviders(OtlpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resource = CreateResource(settings);

        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource);
        foreach (var source in TelemetryNames.ActivitySources)
        {
            tracing.AddSource(source);
        }

        TracerProvider = tracing.AddOtlpExporter(o => settings.Apply(o, "v1/traces")).Build();

        var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource);
        foreach (var meter in TelemetryNames.Meters)
        {
            metrics.AddMeter(meter);
        }

        MeterProvider = metrics.AddOtlpExporter(o => settings.Apply(o, "v1/metrics")).Build();
    }

    public TracerProvider TracerProvider { get; }

    public MeterProvider MeterProvider { get; }

    public static ResourceBuilder CreateResource(OtlpSettings settings) =>
        ResourceBuilder.CreateDefault().AddService(settings.ServiceName, serviceVersion: typeof(OpenTelemetryProviders).Assembly.GetName().Version?.ToString());

    public void Dispose()
    {
        TracerProvider.Dispose();
        MeterProvider.Dispose();
    }
}
