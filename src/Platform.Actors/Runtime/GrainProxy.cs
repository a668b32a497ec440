using System.Reflection;

namespace Platform.Actors.Runtime;

/// <summary>
/// The reference handed out by <see cref="IGrainFactory"/>: a generated implementation of the grain interface
/// whose methods send calls through the runtime. Creating one activates nothing.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy derives a generated type from this class: it cannot be sealed.
internal class GrainProxy : DispatchProxy, IAddressable
#pragma warning restore CA1852
{
    private GrainInterfaceInfo _interface = null!;

    public GrainRuntime Runtime { get; private set; } = null!;

    public GrainId GrainId { get; private set; }

    public GrainInterfaceInfo Interface => _interface;

    /// <summary>The activation last used by this reference; revalidated on every call.</summary>
    internal ActivationData? CachedActivation { get; set; }

    internal void Initialize(GrainRuntime runtime, GrainInterfaceInfo info, GrainId id)
    {
        Runtime = runtime;
        _interface = info;
        GrainId = id;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return _interface.GetInvoker(targetMethod).Call(this, args);
    }

    public override string ToString() => $"GrainReference:{GrainId}";
}
