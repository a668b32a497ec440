using System.Collections.Frozen;
using System.Reflection;

namespace Platform.Actors.Runtime;

/// <summary>A registered grain interface: the grain class behind it and an invoker per method.</summary>
internal sealed class GrainInterfaceInfo
{
    private readonly FrozenDictionary<MethodInfo, MethodInvoker> _invokers;

    public GrainInterfaceInfo(Type interfaceType, GrainTypeInfo grain, IReadOnlyCollection<MethodInvoker> invokers)
    {
        InterfaceType = interfaceType;
        Grain = grain;
        _invokers = invokers.ToFrozenDictionary(i => i.Method);
    }

    public Type InterfaceType { get; }

    public GrainTypeInfo Grain { get; }

    public MethodInvoker GetInvoker(MethodInfo method) =>
        _invokers.TryGetValue(method, out var invoker)
            ? invoker
            : throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} is not a grain method of {InterfaceType.Name}.");

    public object CreateReference(GrainRuntime runtime, GrainId id)
    {
        var proxy = (GrainProxy)DispatchProxy.Create(InterfaceType, typeof(GrainProxy));
        proxy.Initialize(runtime, this, id);
        return proxy;
    }
}
