namespace Platform.Blogging.Analytics;

/// <summary>The stored salts, by date (<c>yyyy-MM-dd</c>).</summary>
public sealed class VisitorSaltState
{
    /// <summary>Salts by date.</summary>
    public Dictionary<string, byte[]> Salts { get; set; } = new(StringComparer.Ordinal);
}
