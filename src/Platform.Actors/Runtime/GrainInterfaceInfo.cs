using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.Actors.Runtime;

/// <summary>A registered grain interface: the grain class behind it and an invoker per method.</summary>
internal sealed class GrainInterfaceInfo
{
    private readonly FrozenDictionary<MethodInfo, MethodInvoker> _invokers;
    private Func<GrainProxy>? _newProxy;

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
        var proxy = (_newProxy ??= BuildProxyFactory())();
        proxy.Initialize(runtime, this, id);
        return proxy;
    }

    /// <summary>
    /// <c>DispatchProxy.Create</c> instantiates its generated type through reflection on every call (measured: 8% of a
    /// page view's CPU). The generated type's constructor takes the interface's method table; this compiles a call to
    /// it once. If a runtime ever generates a different shape, references fall back to <c>DispatchProxy.Create</c>.
    /// </summary>
    private Func<GrainProxy> BuildProxyFactory()
    {
        var sample = DispatchProxy.Create(InterfaceType, typeof(GrainProxy));
        var type = sample.GetType();
        const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var constructor = type.GetConstructor(Instance, [typeof(MethodInfo[])]);
        if (constructor is not null && type.GetField("_methodInfos", Instance)?.GetValue(sample) is MethodInfo[] methods)
        {
            return Expression.Lambda<Func<GrainProxy>>(
                Expression.Convert(Expression.New(constructor, Expression.Constant(methods)), typeof(GrainProxy))).Compile();
        }

        return () => (GrainProxy)DispatchProxy.Create(InterfaceType, typeof(GrainProxy));
    }
}
