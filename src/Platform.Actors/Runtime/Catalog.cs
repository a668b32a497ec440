using System.Collections.Concurrent;

namespace Platform.Actors.Runtime;

/// <summary>The activations of this process, one per grain id.</summary>
internal sealed class Catalog(GrainRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();

    public int Count => _activations.Count;

    /// <summary>
    /// The activation for the id, created (but not activated) if there is none. Racing callers all get the one the
    /// dictionary kept: an <see cref="ActivationData"/> constructs nothing until its first message runs.
    /// </summary>
    public ActivationData GetOrCreate(GrainId id, GrainTypeInfo type) =>
        _activations.TryGetValue(id, out var existing)
            ? existing
            : _activations.GetOrAdd(id, static (key, state) => new ActivationData(state.runtime, state.type, key), (runtime, type));

    public void Remove(ActivationData activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));

    public ActivationData[] Snapshot() => [.. _activations.Values];
}
