using System.Diagnostics;
using Platform.Actors.Persistence;

namespace Platform.Actors.Runtime;

/// <summary>
/// <see cref="IPersistentState{TState}"/> bound to one activation and one storage provider. Every operation is
/// measured; failures leave <see cref="State"/> and <see cref="ETag"/> as they were before the operation.
/// </summary>
internal sealed class PersistentState<T>(string stateName, IGrainStorage storage, ActivationData activation)
    : PersistentStateBase, IPersistentState<T>
{
    private long _lastSynced;

    public T State { get; set; } = CreateInitial();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public string StateName => stateName;

    public override Task LoadAsync() => ReadStateAsync();

    public Task ReadStateAsync() => RunAsync(StorageOperation.Read, static s => s.ReadCoreAsync());

    public Task WriteStateAsync() => RunAsync(StorageOperation.Write, static s => s.Storage.WriteStateAsync(s.StateName, s.GrainId, s));

    public Task ClearStateAsync() => RunAsync(StorageOperation.Clear, static s => s.ClearCoreAsync());

    /// <summary>Revalidates state older than <paramref name="maxAge"/>: a conditional read where the provider supports it.</summary>
    public async Task<bool> RefreshIfStaleAsync(TimeSpan maxAge)
    {
        var provider = activation.Runtime.TimeProvider;
        if (_lastSynced != 0 && provider.GetElapsedTime(_lastSynced) < maxAge)
        {
            return false;
        }

        if (storage is not IRevalidatingGrainStorage revalidating)
        {
            var before = ETag;
            await ReadStateAsync().ConfigureAwait(true);
            return !string.Equals(before, ETag, StringComparison.Ordinal);
        }

        var changed = false;
        await RunAsync(StorageOperation.Read, async s => changed = await revalidating.RefreshStateAsync(s.StateName, s.GrainId, s).ConfigureAwait(true)).ConfigureAwait(true);
        return changed;
    }

    private GrainId GrainId => activation.GrainId;

    private IGrainStorage Storage => storage;

    private async Task ReadCoreAsync()
    {
        await storage.ReadStateAsync(StateName, GrainId, this).ConfigureAwait(true);
        State ??= CreateInitial();
    }

    private async Task ClearCoreAsync()
    {
        await storage.ClearStateAsync(StateName, GrainId, this).ConfigureAwait(true);
        State = CreateInitial();
        RecordExists = false;
    }

    private async Task RunAsync(StorageOperation operation, Func<PersistentState<T>, Task> action)
    {
        var telemetry = activation.Runtime.Telemetry;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await action(this).ConfigureAwait(true);
            _lastSynced = activation.Runtime.TimeProvider.GetTimestamp();
            telemetry.StorageOperation(operation, activation.Type.TypeName, Stopwatch.GetElapsedTime(started), failed: false);
        }
        catch (Exception)
        {
            telemetry.StorageOperation(operation, activation.Type.TypeName, Stopwatch.GetElapsedTime(started), failed: true);
            throw;
        }
    }

    private static T CreateInitial() => typeof(T).IsValueType ? default! : Activator.CreateInstance<T>();
}
