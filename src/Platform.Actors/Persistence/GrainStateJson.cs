using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Actors.Persistence;

/// <summary>The JSON settings every storage provider uses for grain state, so state moves between providers unchanged.</summary>
public static class GrainStateJson
{
    /// <summary>Web defaults (camelCase), fields included, UTF-8 kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
