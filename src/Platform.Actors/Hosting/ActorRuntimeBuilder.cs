using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Runtime;

namespace Platform.Actors.Hosting;

/// <summary>Registers grains and storage providers with the runtime (the counterpart of Orleans' silo builder).</summary>
public sealed class ActorRuntimeBuilder
{
    internal ActorRuntimeBuilder(IServiceCollection services) => Services = services;

    /// <summary>The host's services, for storage providers' registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers <typeparamref name="TGrain"/> as the grain class behind <typeparamref name="TGrainInterface"/>.</summary>
    public ActorRuntimeBuilder AddGrain<TGrainInterface, TGrain>()
        where TGrainInterface : IGrainWithStringKey
        where TGrain : Grain, TGrainInterface
    {
        Services.AddSingleton(new GrainRegistration(typeof(TGrainInterface), typeof(TGrain)));
        return this;
    }

    /// <summary>Registers every grain class in the assembly with every grain interface it implements.</summary>
    public ActorRuntimeBuilder AddGrainsFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && t.IsSubclassOf(typeof(Grain))))
        {
            foreach (var contract in type.GetInterfaces().Where(i => typeof(IGrainWithStringKey).IsAssignableFrom(i) && i != typeof(IGrainWithStringKey)))
            {
                Services.AddSingleton(new GrainRegistration(contract, type));
            }
        }

        return this;
    }

    /// <summary>Changes the runtime's options.</summary>
    public ActorRuntimeBuilder Configure(Action<ActorRuntimeOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}
