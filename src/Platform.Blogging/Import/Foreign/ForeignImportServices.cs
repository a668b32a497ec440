using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Blogging.Import.Ghost;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Registers the Ghost and WordPress importers.</summary>
public static class ForeignImportServices
{
    /// <summary>Adds <see cref="SourceImporter"/>, <see cref="GhostImporter"/> and the WordPress importer.</summary>
    public static IServiceCollection AddForeignImports(this IServiceCollection services)
    {
        services.TryAddSingleton<SourceImporter>();
        services.TryAddSingleton<GhostImporter>();
        return services;
    }
}
