using System.Globalization;
using System.Text.Json;

namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// Reads the fields of a Ghost export row. Ghost has written ids as numbers and strings, flags as booleans and 0/1,
/// and dates as ISO strings, <c>YYYY-MM-DD hh:mm:ss</c> (UTC) and epoch milliseconds; each is accepted. A field of
/// another type throws <see cref="InvalidDataException"/> naming it.
/// </summary>
internal static class GhostFields
{
    /// <summary>A text field (numbers kept as their digits), or null when absent or null.</summary>
    public static string? Text(JsonElement row, string name) => Field(row, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        null => null,
        _ => throw Wrong(name, "text"),
    };

    /// <summary>A flag: <c>true</c>/<c>false</c>, or a number where anything but 0 is true; absent is false.</summary>
    public static bool Flag(JsonElement row, string name) => Field(row, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } or null => false,
        { ValueKind: JsonValueKind.Number } value => value.TryGetDouble(out var number) && number != 0,
        { ValueKind: JsonValueKind.String } value => value.GetString() is "true" or "1",
        _ => throw Wrong(name, "true or false"),
    };

    /// <summary>A date (UTC unless it says otherwise), or null when absent or null.</summary>
    public static DateTimeOffset? Date(JsonElement row, string name)
    {
        switch (Field(row, name))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var milliseconds) && milliseconds is > -62_135_596_800_000 and < 253_402_300_799_000:
                return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            case { ValueKind: JsonValueKind.String } value when DateTimeOffset.TryParse(
                value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date):
                return date;
            default:
                throw Wrong(name, "a date");
        }
    }

    /// <summary>An array of rows, empty when absent; anything else throws.</summary>
    public static IEnumerable<JsonElement> Rows(JsonElement data, string name) => Field(data, name) switch
    {
        { ValueKind: JsonValueKind.Array } rows => rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object),
        null => [],
        _ => throw Wrong(name, "a list"),
    };

    private static JsonElement? Field(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static InvalidDataException Wrong(string name, string expected) => new($"The field '{name}' should be {expected}.");
}
