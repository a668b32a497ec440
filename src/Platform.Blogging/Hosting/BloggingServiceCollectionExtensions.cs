using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Actors.Hosting;
using Platform.Blogging.Authoring;
using Platform.Blogging.Import;
using Platform.Blogging.Publishing;

namespace Platform.Blogging.Hosting;

/// <summary>Registers the blog domain: its grains with the actor runtime, the authoring service, the importer and the publication scheduler.</summary>
public static class BloggingServiceCollectionExtensions
{
    /// <summary>Adds the blog grains to the runtime being configured.</summary>
    public static ActorRuntimeBuilder AddBloggingGrains(this ActorRuntimeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddGrainsFromAssembly(typeof(BloggingServiceCollectionExtensions).Assembly);
    }

    /// <summary>Adds the services of the blog domain. Options bind from <c>Blogging</c>; <c>Counters:FlushInterval</c> sets the flush interval.</summary>
    public static IServiceCollection AddBlogging(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
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
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BlogAuthoring>();
        services.TryAddSingleton<JekyllImporter>();
        services.TryAddSingleton<PublicationScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PublicationScheduler>());
        return services;
    }
}
