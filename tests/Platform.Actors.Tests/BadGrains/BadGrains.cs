using Platform.Actors.Persistence;

namespace Platform.Actors.Tests.BadGrains;

public interface IBadGrain : IGrainWithStringKey
{
    Task Run();
}

public sealed class UnknownService;

public sealed class NeedsUnknownServiceGrain(UnknownService service) : Grain, IBadGrain
{
    public Task Run() => Task.FromResult(service);
}

public sealed class DuplicateStateGrain(
    [PersistentState("same")] IPersistentState<object> first,
    [PersistentState("same")] IPersistentState<object> second) : Grain, IBadGrain
{
    public Task Run() => Task.FromResult((first, second));
}

public sealed class MissingStorageGrain([PersistentState("state", "nowhere")] IPersistentState<object> state) : Grain, IBadGrain
{
    public Task Run() => Task.FromResult(state);
}

public interface INotATaskGrain : IGrainWithStringKey
{
    int Sync();
}

public sealed class NotATaskGrain : Grain, INotATaskGrain
{
    public int Sync() => 1;
}

public interface IUnregisteredGrain : IGrainWithStringKey
{
    Task Run();
}
