namespace Platform.Storage.Tests.Support;

/// <summary>A state holder as a grain's persistent state is, with a state that is never null (a provider's null becomes a new one).</summary>
public sealed class TestGrainState<T>(T state) : IGrainState<T>
    where T : class, new()
{
    public T State { get; set; } = state;

    T? IGrainState<T>.State
    {
        get => State;
        set => State = value ?? new T();
    }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
