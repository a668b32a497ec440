namespace Platform.Blogging.Export;

/// <summary>Compares front matter values as <see cref="Content.FrontMatter.Extra"/> holds them (scalars, lists, mappings).</summary>
internal static class FrontMatterValues
{
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (bool x, bool y) => x == y,
        (long x, long y) => x == y,
        (double x, double y) => x.Equals(y),
        (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) =>
            x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other) && Same(p.Value, other)),
        _ => false,
    };
}
