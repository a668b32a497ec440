using System.Text.Encodings.Web;
using System.Text.Json;
using Orleans.Storage;

namespace Platform.Blogging.Hosting;

/// <summary>
/// How every provider stores grain state: plain JSON through System.Text.Json (web defaults: camelCase, fields
/// included, UTF-8 kept readable), with no .NET type or assembly names in it, so a renamed class or a new assembly
/// never strands data. These are the settings of every earlier release, so their rows and blobs read unchanged.
/// The gateway registers it for every provider; tests and migration tools read stored state with it.
/// </summary>
public sealed class BloggingStateSerializer : IGrainStorageSerializer
{
    /// <summary>The settings, shared by every provider and by the migration tools.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    /// <inheritdoc />
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)!;
    }
}
