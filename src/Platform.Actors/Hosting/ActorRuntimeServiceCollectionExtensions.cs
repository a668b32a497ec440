using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Actors.Diagnostics;
using Platform.Actors.Runtime;

namespace Platform.Actors.Hosting;

/// <summary>Registers the actor runtime in a host.</summary>
public static class ActorRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime, its <see cref="IGrainFactory"/> and the hosted service that starts it and, on stop,
    /// deactivates every activation. Options bind from the <c>Actors</c> configuration section when one is present.
    /// </summary>
    public static IServiceCollection AddActorRuntime(this IServiceCollection services, Action<ActorRuntimeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ActorRuntimeOptions>().BindConfiguration(ActorRuntimeOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ActorsTelemetry>();
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton(sp => sp.GetRequiredService<GrainRuntime>().GrainFactory);
        services.TryAddSingleton<ActivationCollector>();
        if (!services.Any(d => d.ImplementationType == typeof(ActorRuntimeHostedService)))
        {
            services.AddHostedService<ActorRuntimeHostedService>();
        }

        configure(new ActorRuntimeBuilder(services));
        return services;
    }
}
