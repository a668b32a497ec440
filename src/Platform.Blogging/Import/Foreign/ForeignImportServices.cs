using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Blogging.Import.Ghost;
using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Registers the Ghost and WordPress importers.</summary>
public static class ForeignImportServices
{
    /// <summary>
    /// Adds <see cref="SourceImporter"/>, <see cref="GhostImporter"/>, <see cref="WordPressImporter"/> and, unless one is
    /// registered already, the report-only <see cref="IAttachmentDownloader"/>.
    /// </summary>
    public static IServiceCollection AddForeignImports(this IServiceCollection services)
    {
        services.TryAddSingleton<SourceImporter>();
        services.TryAddSingleton<GhostImporter>();
        services.TryAddSingleton<WordPressImporter>();
        services.TryAddSingleton<IAttachmentDownloader, ReportOnlyAttachmentDownloader>();
        return services;
    }
}
