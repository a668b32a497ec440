using Orleans.Runtime;
using Orleans.Storage;

namespace Platform.Blogging.Tests.Support;

/// <summary>A provider in front of the real one whose writes fail while <see cref="StorageSwitch.FailWrites"/> is on, as a full disk would.</summary>
public sealed class BreakableStorage(IGrainStorage inner, StorageSwitch control) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!control.AllowWrite())
        {
            return Task.FromException(new IOException("The disk is full (a test)."));
        }

        control.Record(stateName, grainId, grainState);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        control.FailWrites ? Task.FromException(new IOException("The disk is full (a test).")) : inner.ClearStateAsync(stateName, grainId, grainState);
}

/// <summary>Turns a host's storage writes off and on, and records the writes made while asked to.</summary>
public sealed class StorageSwitch
{
    private readonly List<(string State, string GrainType, string Key, int Bytes)> _recorded = [];
    private volatile bool _failWrites;
    private int _writesLeft = int.MaxValue;

    /// <summary>Whether writes are being recorded (see <see cref="Recorded"/>).</summary>
    public bool Recording { get; set; }

    /// <summary>The writes recorded: state name, grain type, key and the JSON's size in bytes.</summary>
    public IReadOnlyList<(string State, string GrainType, string Key, int Bytes)> Recorded
    {
        get
        {
            lock (_recorded)
            {
                return [.. _recorded];
            }
        }
    }

    /// <summary>Lets <paramref name="count"/> more writes through, then fails every one (a crash midway through a sequence).</summary>
    public void FailAfter(int count) => Volatile.Write(ref _writesLeft, count);

    /// <summary>Lets every write through again and forgets what was recorded.</summary>
    public void Reset()
    {
        Volatile.Write(ref _writesLeft, int.MaxValue);
        FailWrites = false;
        Recording = false;
        lock (_recorded)
        {
            _recorded.Clear();
        }
    }

    internal bool AllowWrite() => !FailWrites && Interlocked.Decrement(ref _writesLeft) >= 0;

    internal void Record<T>(string stateName, Orleans.Runtime.GrainId grainId, Orleans.IGrainState<T> state)
    {
        if (!Recording)
        {
            return;
        }

        var bytes = Platform.Blogging.Hosting.BloggingStateSerializer.Options is { } options
            ? System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(state.State, options).Length
            : 0;
        lock (_recorded)
        {
            _recorded.Add((stateName, grainId.Type.ToString()!, grainId.Key.ToString()!, bytes));
        }
    }

    public bool FailWrites
    {
        get => _failWrites;
        set => _failWrites = value;
    }
}
