namespace Platform.Actors.Persistence;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>.</summary>
/// <param name="stateName">The state's name, unique within the grain class.</param>
/// <param name="storageName">The name of the registered storage provider; null for the default provider.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The state's name.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name, or null for <see cref="GrainStorageNames.Default"/>.</summary>
    public string? StorageName { get; } = storageName;
}
