using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>Registers the analytics classifiers.</summary>
public static class AnalyticsCollectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AnalyticsClassifiers"/> as a singleton, its data read from the paths under
    /// <c>Analytics:BotList</c>, <c>Analytics:UserAgentRegexes</c> and <c>Analytics:GeoIpDatabase</c> (defaults: the files
    /// the build copies to <c>analytics-data/</c> beside the application). The data is loaded when the singleton is first
    /// resolved. Calling it again changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application's configuration.</param>
    public static IServiceCollection AddAnalyticsCollection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var paths = AnalyticsDataPaths.FromConfiguration(configuration);
        services.TryAddSingleton(paths);
        services.TryAddSingleton<AnalyticsClassifiers>();
        return services;
    }
}
