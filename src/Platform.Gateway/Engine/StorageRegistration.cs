using Microsoft.Extensions.Options;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Blogging.Partitions;
using Platform.Storage.Sqlite;

namespace Platform.Gateway.Engine;

/// <summary>
/// Registers the grain storage chosen by <c>Storage:Provider</c> under <see cref="BloggingStorage.Name"/>, and the
/// JSON serializer every provider writes with. Every value is checked here, while the host is being built, so a bad
/// one stops the platform at start with a message naming the configuration key.
/// </summary>
internal static class StorageRegistration
{
    public static string AddConfiguredGrainStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        var provider = (configuration[$"{StorageOptions.SectionName}:Provider"] ?? StorageProviders.Sqlite).Trim().ToUpperInvariant() switch
        {
            "SQLITE" => StorageProviders.Sqlite,
            "AZUREBLOB" => StorageProviders.AzureBlob,
            "MEMORY" => StorageProviders.Memory,
            var other => throw new InvalidOperationException(
                $"Configuration value Storage:Provider is '{other.ToLowerInvariant()}'; use sqlite (the default), azureblob or memory."),
        };

        var services = silo.Services;
        services.AddSingleton<IGrainStorageSerializer, BloggingStateSerializer>();
        switch (provider)
        {
            case StorageProviders.Sqlite:
                var sqlite = new SqliteStorageOptions();
                configuration.GetSection(SqliteStorageOptions.SectionName).Bind(sqlite);
                sqlite.Path ??= Path.Combine(configuration[$"{PlatformOptions.SectionName}:DataPath"] ?? "./data", "platform.db");
                services.AddSqliteGrainStorage(BloggingStorage.Name, sqlite);
                break;
            case StorageProviders.AzureBlob:
                var blob = new AzureBlobSettings();
                configuration.GetSection(AzureBlobSettings.SectionName).Bind(blob);
                var client = blob.CreateClient();
                silo.AddAzureBlobGrainStorage(BloggingStorage.Name, o =>
                {
                    o.BlobServiceClient = client;
                    o.ContainerName = blob.ContainerName;
                });
                break;
            default:
                silo.AddMemoryGrainStorage(BloggingStorage.Name);
                break;
        }

        services.AddSingleton(Options.Create(new StorageOptions { Provider = provider }));
        services.AddMediaStore(configuration, provider);
        MeasureStorage(services);
        return provider;
    }

    /// <summary>
    /// Puts <see cref="MeasuredGrainStorage"/> in front of whichever provider was registered (durations and errors for
    /// <c>/metrics</c>), and offers the SQLite provider's range scans to the blog domain.
    /// </summary>
    private static void MeasureStorage(IServiceCollection services)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, BloggingStorage.Name));
        var factory = registered.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The blog domain's grain storage is registered without a factory.");
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(BloggingStorage.Name, (sp, key) =>
        {
            var inner = (IGrainStorage)factory(sp, key);
            return new MeasuredGrainStorage(inner, inner is SqliteGrainStorage sqlite ? new SqliteStateScanner(sqlite) : null);
        });
        services.AddSingleton(static sp => (IGrainStateScanner)sp.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name));
    }
}
