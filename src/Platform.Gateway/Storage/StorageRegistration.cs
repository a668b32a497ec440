using Microsoft.Extensions.Options;
using Platform.Actors.Hosting;
using Platform.Blogging.Hosting;
using Platform.Storage.AzureBlob;
using Platform.Storage.Memory;
using Platform.Storage.Sqlite;

namespace Platform.Gateway.Storage;

/// <summary>
/// Registers the grain storage chosen by <c>Storage:Provider</c>. Every value is checked here, while the host is being
/// built, so a bad one stops the platform at start with a message naming the configuration key.
/// </summary>
internal static class StorageRegistration
{
    /// <summary>How long activations trust cached state when several nodes share Azure Blob Storage, unless configured.</summary>
    public static readonly TimeSpan ClusterRevalidationWindow = TimeSpan.FromSeconds(5);

    public static string AddConfiguredGrainStorage(this ActorRuntimeBuilder runtime, IConfiguration configuration)
    {
        var provider = (configuration[$"{StorageOptions.SectionName}:Provider"] ?? StorageProviders.Sqlite).Trim().ToUpperInvariant() switch
        {
            "SQLITE" => StorageProviders.Sqlite,
            "AZUREBLOB" => StorageProviders.AzureBlob,
            "MEMORY" => StorageProviders.Memory,
            var other => throw new InvalidOperationException(
                $"Configuration value Storage:Provider is '{other.ToLowerInvariant()}'; use sqlite (the default), azureblob or memory."),
        };

        switch (provider)
        {
            case StorageProviders.Sqlite:
                var sqlite = new SqliteStorageOptions();
                configuration.GetSection(SqliteStorageOptions.SectionName).Bind(sqlite);
                sqlite.Path ??= Path.Combine(configuration[$"{PlatformOptions.SectionName}:DataPath"] ?? "./data", "platform.db");
                runtime.AddSqliteGrainStorage(BloggingStorage.Name, sqlite);
                break;
            case StorageProviders.AzureBlob:
                var blob = new AzureBlobStorageOptions();
                configuration.GetSection(AzureBlobStorageOptions.SectionName).Bind(blob);
                runtime.AddAzureBlobGrainStorage(BloggingStorage.Name, blob);
                if (configuration["Blogging:RevalidationWindow"] is null)
                {
                    runtime.Services.PostConfigure<BloggingOptions>(o => o.RevalidationWindow ??= ClusterRevalidationWindow);
                }

                break;
            default:
                runtime.AddMemoryGrainStorage(BloggingStorage.Name);
                break;
        }

        runtime.Services.AddSingleton(Options.Create(new StorageOptions { Provider = provider }));
        return provider;
    }
}
