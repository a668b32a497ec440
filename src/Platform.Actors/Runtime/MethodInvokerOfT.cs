using System.Reflection;

namespace Platform.Actors.Runtime;

/// <summary>A <see cref="MethodInvoker"/> for a method whose result (or none, as <c>object?</c>) is <typeparamref name="TResult"/>.</summary>
internal sealed class MethodInvoker<TResult>(
    MethodInfo method,
    MessageFlags flags,
    string grainType,
    ReturnKind kind,
    Func<object, object?[]?, Task> call) : MethodInvoker(method, flags, grainType)
{
    public override Task InvokeGrain(object grain, object?[]? args)
    {
        try
        {
            return call(grain, args);
        }
#pragma warning disable CA1031 // A grain method that throws before its first await must fail its caller the same way as one that throws after.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromException<TResult>(exception);
        }
    }

    public override object Call(GrainProxy proxy, object?[]? args)
    {
        var task = proxy.Runtime.Send(proxy, this, args);
        return kind switch
        {
            ReturnKind.Task => task,
            ReturnKind.TaskOfT => task,
            ReturnKind.ValueTask => new ValueTask(task),
            _ => new ValueTask<TResult>((Task<TResult>)task),
        };
    }

    public override IRequest CreateRequest(object?[]? args) => new Request<TResult>(this, args);
}
