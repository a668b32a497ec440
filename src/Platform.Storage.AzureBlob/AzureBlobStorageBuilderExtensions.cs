using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Actors.Hosting;
using Platform.Actors.Persistence;

namespace Platform.Storage.AzureBlob;

/// <summary>Registers <see cref="AzureBlobGrainStorage"/> with the actor runtime.</summary>
public static class AzureBlobStorageBuilderExtensions
{
    /// <summary>Adds an Azure Blob provider under <paramref name="name"/>, configured by <paramref name="configure"/>.</summary>
    public static ActorRuntimeBuilder AddAzureBlobGrainStorage(this ActorRuntimeBuilder builder, string name, Action<AzureBlobStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AzureBlobStorageOptions();
        configure(options);
        return builder.AddAzureBlobGrainStorage(name, options);
    }

    /// <summary>Adds an Azure Blob provider under <paramref name="name"/>; the options are validated now, so a bad connection string fails at startup.</summary>
    public static ActorRuntimeBuilder AddAzureBlobGrainStorage(this ActorRuntimeBuilder builder, string name, AzureBlobStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) =>
            new AzureBlobGrainStorage(options, sp.GetService<ILogger<AzureBlobGrainStorage>>(), sp.GetService<TimeProvider>()));
        return builder;
    }
}
