using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Blogging.Import.Ghost;
using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Registers the Ghost and WordPress importers.</summary>
public static class ForeignImportServices
{
    /// <summary>
    /// Adds <see cref="SourceImporter"/>, <see cref="GhostImporter"/>, <see cref="WordPressImporter"/> and the attachment
    /// downloader (<see cref="HttpAttachmentDownloader"/> over the <see cref="AttachmentHttp"/> client). The default
    /// <see cref="AttachmentDownloadPolicy"/> is added unless one is registered already (tests register a relaxed one).
    /// </summary>
    public static IServiceCollection AddForeignImports(this IServiceCollection services)
    {
        services.TryAddSingleton<SourceImporter>();
        services.TryAddSingleton<GhostImporter>();
        services.TryAddSingleton<WordPressImporter>();
        services.TryAddSingleton(new AttachmentDownloadPolicy());
        services.TryAddSingleton<IAttachmentDownloader, HttpAttachmentDownloader>();
        services.AddHttpClient(AttachmentHttp.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => AttachmentHttp.CreateHandler(provider.GetRequiredService<AttachmentDownloadPolicy>()));
        return services;
    }
}
