using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime;
using Platform.Blogging.Analytics;
using Platform.Blogging.Authoring;
using Platform.Blogging.Caching;
using Platform.Blogging.Counters;
using Platform.Blogging.Export;
using Platform.Blogging.Import;
using Platform.Blogging.Import.Foreign;
using Platform.Blogging.Media;
using Platform.Blogging.Publishing;

namespace Platform.Blogging.Hosting;

/// <summary>
/// Registers the blog domain's silo services: the authoring service, the importer, the exporter, the media library, this silo's snapshot caches and
/// view pre-aggregator, and the publication scheduler. The grains themselves reach Orleans through this assembly's
/// generated metadata (it references <c>Microsoft.Orleans.Sdk</c>).
/// </summary>
public static class BloggingServiceCollectionExtensions
{
    /// <summary>Adds the services of the blog domain to a silo's services. Options bind from <c>Blogging</c>; <c>Counters:FlushInterval</c> sets the flush interval.</summary>
    public static IServiceCollection AddBlogging(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(BlogAuthoring)))
        {
            return services; // already added (the gateway and its API both ask for it)
        }

        services.AddOptions<BloggingOptions>()
            .BindConfiguration(BloggingOptions.SectionName)
            .Configure<Microsoft.Extensions.Configuration.IConfiguration>((o, config) =>
            {
                if (config["Counters:FlushInterval"] is { } flush)
                {
                    o.FlushInterval = TimeSpan.Parse(flush, System.Globalization.CultureInfo.InvariantCulture);
                }
            })
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.AddOptions<AnalyticsOptions>()
            .BindConfiguration(AnalyticsOptions.SectionName)
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AnalyticsCollector>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<AnalyticsCollector>());
        services.TryAddSingleton<VisitorIds>();
        services.TryAddSingleton<BlogAuthoring>();
        services.TryAddSingleton<JekyllMedia>();
        services.TryAddSingleton<Accounts.AccountService>();
        services.TryAddSingleton<JekyllImporter>();
        services.TryAddSingleton<IMediaStore, MemoryMediaStore>(); // the gateway registers the configured provider's store
        services.TryAddSingleton<ImageProcessor>();
        services.TryAddSingleton<MediaLibrary>();
        services.TryAddSingleton<IExportMediaSource, StoreExportMediaSource>();
        services.TryAddSingleton<BlogExporter>();
        services.AddForeignImports();
        services.TryAddSingleton<BlogSnapshots>();
        services.TryAddSingleton<PostSnapshots>();
        services.TryAddSingleton<ViewCounter>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ViewCounter>());
        services.AddSingleton<IIncomingGrainCallFilter, ReloadAfterFailureFilter>();
        services.TryAddSingleton<PublicationScheduler>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PublicationScheduler>());
        return services;
    }
}
