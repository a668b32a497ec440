using System.Reflection;

namespace Platform.Actors.Runtime;

/// <summary>Calls one grain interface method on a grain instance, and shapes the result for the proxy.</summary>
internal abstract class MethodInvoker(MethodInfo method, MessageFlags flags, string grainType)
{
    public MethodInfo Method { get; } = method;

    public MessageFlags Flags { get; } = flags;

    public string GrainType { get; } = grainType;

    public string MethodName { get; } = method.Name;

    /// <summary>Invokes the method on the grain; a synchronous throw comes back as a faulted task.</summary>
    public abstract Task InvokeGrain(object grain, object?[]? args);

    /// <summary>Sends a call through the runtime and returns the value the proxy's caller expects.</summary>
    public abstract object Call(GrainProxy proxy, object?[]? args);

    /// <summary>Creates the queued form of a call.</summary>
    public abstract IRequest CreateRequest(object?[]? args);
}
