namespace Platform.Actors.Runtime;

/// <summary>A registered grain class: its type name, admission rules, state and how to construct it.</summary>
internal sealed class GrainTypeInfo(
    Type grainClass,
    string typeName,
    bool isReentrant,
    TimeSpan? collectionAge,
    IReadOnlyList<StateSpec> states,
    Func<IServiceProvider, object?[], object> constructor)
{
    public Type GrainClass { get; } = grainClass;

    /// <summary>The class name lower-cased without its <c>Grain</c> suffix: the type part of a grain id.</summary>
    public string TypeName { get; } = typeName;

    public bool IsReentrant { get; } = isReentrant;

    /// <summary>The class's own collection age, when it overrides the runtime's.</summary>
    public TimeSpan? CollectionAge { get; } = collectionAge;

    public IReadOnlyList<StateSpec> States { get; } = states;

    /// <summary>Calls the grain's constructor with services and the activation's persistent states.</summary>
    public Func<IServiceProvider, object?[], object> Constructor { get; } = constructor;

    public static string TypeNameOf(Type grainClass)
    {
        var name = grainClass.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

#pragma warning disable CA1308 // Grain type names are lower-case by definition (Orleans' convention), not for comparison.
        return name.ToLowerInvariant();
#pragma warning restore CA1308
    }
}
