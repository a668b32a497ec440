namespace Platform.Actors;

/// <summary>
/// The identity of a grain: its type (the grain class name, lower-cased, without the <c>Grain</c> suffix) and its key.
/// Rendered as <c>"{type}/{key}"</c>, as Orleans renders a grain id.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    /// <inheritdoc />
    public override string ToString() => string.Concat(Type, "/", Key);
}
