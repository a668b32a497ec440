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

    /// <summary>Registers <paramref name="grainClass"/> as the grain class behind <paramref name="grainInterface"/>.</summary>
    public ActorRuntimeBuilder AddGrain(Type grainInterface, Type grainClass)
    {
        ArgumentNullException.ThrowIfNull(grainInterface);
        ArgumentNullException.ThrowIfNull(grainClass);
        if (!grainInterface.IsInterface || !typeof(IGrainWithStringKey).IsAssignableFrom(grainInterface))
        {
            throw new ArgumentException($"{grainInterface.Name} is not a grain interface (an interface deriving from IGrainWithStringKey).", nameof(grainInterface));
        }

        if (!grainClass.IsSubclassOf(typeof(Grain)) || grainClass.IsAbstract || !grainInterface.IsAssignableFrom(grainClass))
        {
            throw new ArgumentException($"{grainClass.Name} is not a concrete grain class implementing {grainInterface.Name}.", nameof(grainClass));
        }

        Services.AddSingleton(new GrainRegistration(grainInterface, grainClass));
        return this;
    }

    /// <summary>Registers every grain class in the assembly with every grain interface it implements.</summary>
    public ActorRuntimeBuilder AddGrainsFromAssembly(Assembly assembly) => AddGrainsFromAssembly(assembly, static _ => true);

    /// <summary>Registers the grain classes of the assembly that <paramref name="include"/> accepts.</summary>
    public ActorRuntimeBuilder AddGrainsFromAssembly(Assembly assembly, Func<Type, bool> include)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(include);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && t.IsSubclassOf(typeof(Grain)) && include(t)))
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
