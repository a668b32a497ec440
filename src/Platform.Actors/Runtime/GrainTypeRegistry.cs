using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Persistence;

namespace Platform.Actors.Runtime;

/// <summary>
/// Every registered grain interface and class, checked once at start: constructors DI can satisfy, unique state
/// names, registered storage providers, grain methods returning tasks.
/// </summary>
internal sealed class GrainTypeRegistry
{
    private readonly FrozenDictionary<Type, GrainInterfaceInfo> _interfaces;

    public GrainTypeRegistry(IEnumerable<GrainRegistration> registrations, IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var isKeyed = services.GetService<IServiceProviderIsKeyedService>();
        var errors = new List<string>();
        var classes = new Dictionary<Type, GrainTypeInfo>();
        var interfaces = new Dictionary<Type, GrainInterfaceInfo>();
        var typeNames = new Dictionary<string, Type>(StringComparer.Ordinal);

        foreach (var registration in registrations.Distinct())
        {
            if (!classes.TryGetValue(registration.GrainClass, out var grain))
            {
                grain = Describe(registration.GrainClass, isService, isKeyed, errors);
                if (grain is null)
                {
                    continue;
                }

                if (typeNames.TryGetValue(grain.TypeName, out var other) && other != registration.GrainClass)
                {
                    errors.Add($"Grain classes {other.FullName} and {registration.GrainClass.FullName} share the grain type name '{grain.TypeName}'.");
                    continue;
                }

                typeNames[grain.TypeName] = registration.GrainClass;
                classes[registration.GrainClass] = grain;
            }

            if (interfaces.TryGetValue(registration.Interface, out var existing))
            {
                if (existing.Grain.GrainClass != registration.GrainClass)
                {
                    errors.Add($"Grain interface {registration.Interface.Name} is implemented by both {existing.Grain.GrainClass.Name} and {registration.GrainClass.Name}; register one.");
                }

                continue;
            }

            var invokers = DescribeMethods(registration.Interface, grain, errors);
            interfaces[registration.Interface] = new GrainInterfaceInfo(registration.Interface, grain, invokers);
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The actor runtime's grain registrations are invalid:" + Environment.NewLine + " - " + string.Join(Environment.NewLine + " - ", errors));
        }

        _interfaces = interfaces.ToFrozenDictionary();
        GrainTypes = [.. classes.Values];
    }

    public IReadOnlyList<GrainTypeInfo> GrainTypes { get; }

    public GrainInterfaceInfo GetInterface(Type interfaceType) =>
        _interfaces.TryGetValue(interfaceType, out var info)
            ? info
            : throw new ArgumentException(
                $"No grain class implementing {interfaceType.Name} is registered. Register it with AddGrain<{interfaceType.Name}, TGrain>() or AddGrainsFromAssembly() in AddActorRuntime.",
                nameof(interfaceType));

    private static GrainTypeInfo? Describe(Type grainClass, IServiceProviderIsService isService, IServiceProviderIsKeyedService? isKeyed, List<string> errors)
    {
        var constructors = grainClass.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var constructor = constructors.Length == 1
            ? constructors[0]
            : constructors.SingleOrDefault(c => c.IsDefined(typeof(ActivatorUtilitiesConstructorAttribute)));
        if (constructor is null)
        {
            errors.Add(constructors.Length == 0
                ? $"Grain class {grainClass.Name} has no public constructor."
                : $"Grain class {grainClass.Name} has {constructors.Length} public constructors; mark the one to use with [ActivatorUtilitiesConstructor].");
            return null;
        }

        var states = new List<StateSpec>();
        var services = Expression.Parameter(typeof(IServiceProvider), "services");
        var stateArgs = Expression.Parameter(typeof(object?[]), "states");
        var arguments = new List<Expression>();
        foreach (var parameter in constructor.GetParameters())
        {
            var stateAttribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
            if (stateAttribute is not null)
            {
                if (!parameter.ParameterType.IsGenericType || parameter.ParameterType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
                {
                    errors.Add($"Grain class {grainClass.Name}: parameter '{parameter.Name}' has [PersistentState] but is not an IPersistentState<T>.");
                    continue;
                }

                var stateType = parameter.ParameterType.GetGenericArguments()[0];
                var storageName = stateAttribute.StorageName ?? GrainStorageNames.Default;
                if (string.IsNullOrWhiteSpace(stateAttribute.StateName))
                {
                    errors.Add($"Grain class {grainClass.Name}: parameter '{parameter.Name}' has an empty state name.");
                }
                else if (states.Any(s => s.StateName == stateAttribute.StateName))
                {
                    errors.Add($"Grain class {grainClass.Name} uses the state name '{stateAttribute.StateName}' twice; each [PersistentState] needs its own name.");
                }
                else if (isKeyed is null || !isKeyed.IsKeyedService(typeof(IGrainStorage), storageName))
                {
                    errors.Add($"Grain class {grainClass.Name}: state '{stateAttribute.StateName}' uses storage '{storageName}', which is not registered. Register a provider with that name (for example AddMemoryGrainStorage(\"{storageName}\")).");
                }
                else if (!stateType.IsValueType && stateType.GetConstructor(Type.EmptyTypes) is null)
                {
                    errors.Add($"Grain class {grainClass.Name}: state type {stateType.Name} of '{stateAttribute.StateName}' needs a public parameterless constructor for its initial value.");
                }

                arguments.Add(Expression.Convert(Expression.ArrayIndex(stateArgs, Expression.Constant(states.Count)), parameter.ParameterType));
                states.Add(new StateSpec(stateAttribute.StateName, storageName, stateType));
            }
            else if (isService.IsService(parameter.ParameterType))
            {
                arguments.Add(Expression.Convert(
                    Expression.Call(typeof(ServiceProviderServiceExtensions), nameof(ServiceProviderServiceExtensions.GetRequiredService), null, services, Expression.Constant(parameter.ParameterType)),
                    parameter.ParameterType));
            }
            else if (parameter.HasDefaultValue)
            {
                arguments.Add(Expression.Constant(parameter.DefaultValue, parameter.ParameterType));
            }
            else
            {
                errors.Add($"Grain class {grainClass.Name}: constructor parameter '{parameter.Name}' of type {parameter.ParameterType.Name} is not a registered service and has no [PersistentState].");
            }
        }

        if (arguments.Count != constructor.GetParameters().Length)
        {
            return null;
        }

        var create = Expression.Lambda<Func<IServiceProvider, object?[], object>>(
            Expression.Convert(Expression.New(constructor, arguments), typeof(object)), services, stateArgs).Compile();
        var ageLimit = grainClass.GetCustomAttribute<CollectionAgeLimitAttribute>();
        return new GrainTypeInfo(
            grainClass,
            GrainTypeInfo.TypeNameOf(grainClass),
            grainClass.IsDefined(typeof(ReentrantAttribute), inherit: false),
            ageLimit?.Amount,
            states,
            create);
    }

    private static List<MethodInvoker> DescribeMethods(Type interfaceType, GrainTypeInfo grain, List<string> errors)
    {
        var invokers = new List<MethodInvoker>();
        var all = new[] { interfaceType }.Concat(interfaceType.GetInterfaces());
        foreach (var type in all)
        {
            if (type.GetProperties().Length > 0)
            {
                errors.Add($"Grain interface {type.Name} declares properties; grain interfaces may only declare methods returning Task, Task<T>, ValueTask or ValueTask<T>.");
            }

            foreach (var method in type.GetMethods())
            {
                var invoker = MethodInvokerFactory.Create(type, method, grain, errors);
                if (invoker is not null)
                {
                    invokers.Add(invoker);
                }
            }
        }

        return invokers;
    }
}
