using Platform.Blogging.Media;

namespace Platform.Gateway.Engine;

/// <summary>
/// Registers the media store that goes with <c>Storage:Provider</c>: a folder <c>{Platform:DataPath}/media</c> for
/// sqlite (<c>Storage:Media:Path</c> overrides it), memory for memory, the container
/// <c>Storage:AzureBlob:MediaContainerName</c> for azureblob.
/// </summary>
internal static class MediaStoreRegistration
{
    public static void AddMediaStore(this IServiceCollection services, IConfiguration configuration, string provider)
    {
        switch (provider)
        {
            case StorageProviders.Sqlite:
                var folder = configuration["Storage:Media:Path"] is { Length: > 0 } configured
                    ? configured
                    : Path.Combine(configuration[$"{PlatformOptions.SectionName}:DataPath"] ?? "./data", "media");
                services.AddSingleton<IMediaStore>(new FileMediaStore(folder));
                break;
            case StorageProviders.AzureBlob:
                var blob = new AzureBlobSettings();
                configuration.GetSection(AzureBlobSettings.SectionName).Bind(blob);
                var container = blob.CreateClient().GetBlobContainerClient(blob.MediaContainerName);
                services.AddSingleton<IMediaStore>(new AzureBlobMediaStore(container));
                break;
            default:
                services.AddSingleton<IMediaStore, MemoryMediaStore>();
                break;
        }
    }
}
