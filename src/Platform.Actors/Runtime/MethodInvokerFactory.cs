using System.Linq.Expressions;
using System.Reflection;

namespace Platform.Actors.Runtime;

/// <summary>Compiles a <see cref="MethodInvoker"/> for a grain interface method.</summary>
internal static class MethodInvokerFactory
{
    public static MethodInvoker? Create(Type interfaceType, MethodInfo method, GrainTypeInfo grain, List<string> errors)
    {
        var returnType = method.ReturnType;
        ReturnKind kind;
        Type resultType;
        if (returnType == typeof(Task))
        {
            (kind, resultType) = (ReturnKind.Task, typeof(object));
        }
        else if (returnType == typeof(ValueTask))
        {
            (kind, resultType) = (ReturnKind.ValueTask, typeof(object));
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            (kind, resultType) = (ReturnKind.TaskOfT, returnType.GetGenericArguments()[0]);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            (kind, resultType) = (ReturnKind.ValueTaskOfT, returnType.GetGenericArguments()[0]);
        }
        else
        {
            errors.Add($"Grain method {interfaceType.Name}.{method.Name} returns {returnType.Name}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.");
            return null;
        }

        if (method.IsGenericMethodDefinition)
        {
            errors.Add($"Grain method {interfaceType.Name}.{method.Name} is generic; generic grain methods are not supported.");
            return null;
        }

        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType.IsByRef))
        {
            errors.Add($"Grain method {interfaceType.Name}.{method.Name} has a ref or out parameter; grain calls pass values only.");
            return null;
        }

        var flags = MessageFlags.KeepAlive;
        if (method.IsDefined(typeof(ReadOnlyAttribute)))
        {
            flags |= MessageFlags.ReadOnly;
        }

        if (method.IsDefined(typeof(AlwaysInterleaveAttribute)))
        {
            flags |= MessageFlags.AlwaysInterleave;
        }

        var grainParameter = Expression.Parameter(typeof(object), "grain");
        var argsParameter = Expression.Parameter(typeof(object?[]), "args");
        var arguments = parameters.Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(argsParameter, Expression.Constant(i)), p.ParameterType));
        Expression call = Expression.Call(Expression.Convert(grainParameter, interfaceType), method, arguments);
        if (kind is ReturnKind.ValueTask or ReturnKind.ValueTaskOfT)
        {
            call = Expression.Call(call, returnType.GetMethod(nameof(ValueTask.AsTask))!);
        }

        var compiled = Expression.Lambda<Func<object, object?[]?, Task>>(
            Expression.Convert(call, typeof(Task)), grainParameter, argsParameter).Compile();
        var invokerType = typeof(MethodInvoker<>).MakeGenericType(resultType);
        return (MethodInvoker)Activator.CreateInstance(invokerType, method, flags, grain.TypeName, kind, compiled)!;
    }
}
