using System.Security.Cryptography;
using System.Text;

namespace Platform.Storage.AzureBlob;

/// <summary>
/// Shared Key authorization for the Blob service (version 2009-09-19 and later): an HMAC-SHA256, keyed with the
/// account key, over the verb, twelve standard headers, the canonicalized <c>x-ms-</c> headers and the
/// canonicalized resource.
/// </summary>
internal static class SharedKeySigner
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    /// <summary>The <c>Authorization</c> header value: <c>SharedKey {account}:{base64 signature}</c>.</summary>
    public static string Authorization(BlobRequest request, string accountName, byte[] accountKey) =>
        $"SharedKey {accountName}:{Sign(StringToSign(request, accountName), accountKey)}";

    public static string Sign(string stringToSign, byte[] accountKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));

    public static string StringToSign(BlobRequest request, string accountName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new StringBuilder();
        builder.Append(request.Method.Method).Append('\n');
        foreach (var header in StandardHeaders)
        {
            builder.Append(StandardHeaderValue(request, header)).Append('\n');
        }

        foreach (var (name, value) in request.Headers
                     .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(name).Append(':').Append(UnfoldWhitespace(value)).Append('\n');
        }

        builder.Append(CanonicalizedResource(request.Uri, accountName));
        return builder.ToString();
    }

    /// <summary><c>/{account}{encoded path}</c>, then one line per query parameter, names lower-cased and sorted, values decoded.</summary>
    public static string CanonicalizedResource(Uri uri, string accountName)
    {
        ArgumentNullException.ThrowIfNull(uri);
        // Split PathAndQuery by hand: a Uri created without canonicalisation does not separate its query.
        var pathAndQuery = uri.PathAndQuery;
        var mark = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = mark < 0 ? pathAndQuery : pathAndQuery[..mark];
        var query = mark < 0 ? string.Empty : pathAndQuery[(mark + 1)..];
        var builder = new StringBuilder().Append('/').Append(accountName).Append(path);
        if (query.Length > 0)
        {
            var parameters = query
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Select(p => (Name: Uri.UnescapeDataString(p[0]).ToLowerInvariant(), Value: p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty))
                .GroupBy(p => p.Name, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in parameters)
            {
                builder.Append('\n').Append(group.Key).Append(':')
                    .Append(string.Join(',', group.Select(p => p.Value).Order(StringComparer.Ordinal)));
            }
        }

        return builder.ToString();
    }

    private static string StandardHeaderValue(BlobRequest request, string header) => header switch
    {
        // Version 2015-02-21 and later: a zero Content-Length is signed as the empty string.
        "Content-Length" => request.Content is { Length: > 0 } content ? content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        "Content-Type" => request.ContentType ?? string.Empty,
        _ => request.Header(header) ?? string.Empty,
    };

    private static string UnfoldWhitespace(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Contains("  ", StringComparison.Ordinal) || trimmed.Contains('\n', StringComparison.Ordinal)
            ? string.Join(' ', trimmed.Split([' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            : trimmed;
    }
}
