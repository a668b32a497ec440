using Platform.Actors;

namespace Platform.Storage.AzureBlob;

/// <summary>Orleans' blob layout: <c>"{stateName}-{grainType}/{key}.json"</c>.</summary>
internal static class BlobNames
{
    /// <summary>The blob name as stored (unescaped).</summary>
    public static string Of(string stateName, GrainId grainId) => $"{stateName}-{grainId.Type}/{grainId.Key}.json";

    /// <summary>
    /// The blob name for a URL path: each '/'-separated segment percent-encoded on its own (UTF-8), so slashes in a
    /// key stay path separators while spaces, Hangul, '?', '#' and '%' are escaped. Dot segments are encoded too
    /// (<c>%2E</c>), so no URL normalisation can fold "a/../b" into another blob.
    /// </summary>
    public static string Escape(string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        return string.Join('/', blobName.Split('/').Select(EscapeSegment));
    }

    private static string EscapeSegment(string segment) => segment switch
    {
        "." => "%2E",
        ".." => "%2E%2E",
        _ => Uri.EscapeDataString(segment),
    };
}
