using Platform.Actors.Persistence;

namespace Platform.Actors.Runtime;

/// <summary>A <c>[PersistentState]</c> constructor parameter of a grain class.</summary>
internal sealed class StateSpec(string stateName, string storageName, Type stateType)
{
    private readonly Func<string, IGrainStorage, ActivationData, PersistentStateBase> _factory = CreateFactory(stateType);

    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName;

    public Type StateType { get; } = stateType;

    public PersistentStateBase Create(IGrainStorage storage, ActivationData activation) => _factory(StateName, storage, activation);

    private static Func<string, IGrainStorage, ActivationData, PersistentStateBase> CreateFactory(Type stateType)
    {
        var method = typeof(StateSpec).GetMethod(nameof(CreateTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(stateType);
        return method.CreateDelegate<Func<string, IGrainStorage, ActivationData, PersistentStateBase>>();
    }

    private static PersistentState<T> CreateTyped<T>(string name, IGrainStorage storage, ActivationData activation) =>
        new PersistentState<T>(name, storage, activation);
}
