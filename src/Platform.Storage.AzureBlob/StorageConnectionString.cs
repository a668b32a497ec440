namespace Platform.Storage.AzureBlob;

/// <summary>
/// The parts of an Azure Storage connection string this provider uses. Error messages name keys and positions,
/// never values, so an account key cannot leak into logs.
/// </summary>
internal sealed class StorageConnectionString
{
    /// <summary>The emulator's published development account key (not a secret).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string DevelopmentAccountName = "devstoreaccount1";

    private const string Key = AzureBlobStorageOptions.SectionName + ":ConnectionString";

    private static readonly string[] KnownKeys =
    [
        "UseDevelopmentStorage", "DevelopmentStorageProxyUri", "DefaultEndpointsProtocol", "AccountName", "AccountKey",
        "BlobEndpoint", "EndpointSuffix", "SharedAccessSignature", "QueueEndpoint", "TableEndpoint", "FileEndpoint",
        "BlobSecondaryEndpoint", "QueueSecondaryEndpoint", "TableSecondaryEndpoint", "FileSecondaryEndpoint",
    ];

    private StorageConnectionString(Uri blobEndpoint, string? accountName, byte[]? accountKey, string? sharedAccessSignature)
    {
        BlobEndpoint = blobEndpoint;
        AccountName = accountName;
        AccountKey = accountKey;
        SharedAccessSignature = sharedAccessSignature;
    }

    /// <summary>The blob service endpoint, without a trailing slash (path-style for the emulator: <c>.../devstoreaccount1</c>).</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>The account name (signs Shared Key requests); null for a SAS without an account name.</summary>
    public string? AccountName { get; }

    /// <summary>The decoded account key, when Shared Key is used.</summary>
    public byte[]? AccountKey { get; }

    /// <summary>The SAS query (without the leading '?'), when a SAS is used.</summary>
    public string? SharedAccessSignature { get; }

    /// <summary>Parses <paramref name="connectionString"/>; throws <see cref="FormatException"/> saying which part is wrong.</summary>
    public static StorageConnectionString Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException($"'{Key}' is empty.");
        }

        var parts = Split(connectionString);
        if (parts.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return ParseDevelopment(parts, development);
        }

        parts.TryGetValue("AccountName", out var account);
        parts.TryGetValue("AccountKey", out var keyText);
        parts.TryGetValue("SharedAccessSignature", out var sas);
        if (keyText is not null && sas is not null)
        {
            throw new FormatException($"'{Key}' has both AccountKey and SharedAccessSignature; give one.");
        }

        if (keyText is null && sas is null)
        {
            throw new FormatException($"'{Key}' has no credentials: add AccountName and AccountKey, or SharedAccessSignature (or use UseDevelopmentStorage=true).");
        }

        byte[]? key = null;
        if (keyText is not null)
        {
            if (string.IsNullOrEmpty(account))
            {
                throw new FormatException($"'{Key}' has an AccountKey but no AccountName.");
            }

            key = DecodeKey(keyText);
        }

        var endpoint = BlobEndpointOf(parts, account);
        return new StorageConnectionString(endpoint, account, key, sas?.TrimStart('?'));
    }

    private static StorageConnectionString ParseDevelopment(Dictionary<string, string> parts, string value)
    {
        if (!string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"'{Key}': UseDevelopmentStorage may only be 'true'.");
        }

        var others = parts.Keys.Where(k => !k.Equals("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase)
            && !k.Equals("DevelopmentStorageProxyUri", StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count > 0)
        {
            throw new FormatException($"'{Key}': UseDevelopmentStorage=true cannot be combined with {string.Join(", ", others)}.");
        }

        var host = "http://127.0.0.1";
        if (parts.TryGetValue("DevelopmentStorageProxyUri", out var proxy))
        {
            if (!Uri.TryCreate(proxy, UriKind.Absolute, out var proxyUri) || (proxyUri.Scheme != Uri.UriSchemeHttp && proxyUri.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"'{Key}': DevelopmentStorageProxyUri is not an absolute http(s) URI.");
            }

            host = proxyUri.GetLeftPart(UriPartial.Scheme) + proxyUri.Host;
        }

        return new StorageConnectionString(
            new Uri($"{host}:10000/{DevelopmentAccountName}"), DevelopmentAccountName, Convert.FromBase64String(DevelopmentAccountKey), null);
    }

    private static Uri BlobEndpointOf(Dictionary<string, string> parts, string? account)
    {
        if (parts.TryGetValue("BlobEndpoint", out var explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint.TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"'{Key}': BlobEndpoint is not an absolute http(s) URI.");
            }

            if (!string.IsNullOrEmpty(uri.Query))
            {
                throw new FormatException($"'{Key}': BlobEndpoint must not carry a query; put a SAS in SharedAccessSignature.");
            }

            return uri;
        }

        if (string.IsNullOrEmpty(account))
        {
            throw new FormatException($"'{Key}' needs AccountName (or an explicit BlobEndpoint) to know where the blob service is.");
        }

        var protocol = parts.TryGetValue("DefaultEndpointsProtocol", out var p) ? p.ToLowerInvariant() : "https";
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException($"'{Key}': DefaultEndpointsProtocol must be http or https.");
        }

        var suffix = parts.TryGetValue("EndpointSuffix", out var s) ? s.Trim('.') : "core.windows.net";
        if (!Uri.TryCreate($"{protocol}://{account}.blob.{suffix}", UriKind.Absolute, out var built))
        {
            throw new FormatException($"'{Key}': AccountName and EndpointSuffix do not form a valid host name.");
        }

        return built;
    }

    private static byte[] DecodeKey(string keyText)
    {
        var buffer = new byte[keyText.Length];
        if (!Convert.TryFromBase64String(keyText, buffer, out var written) || written == 0)
        {
            throw new FormatException($"'{Key}': AccountKey is not valid base64 (check that it was copied whole).");
        }

        return buffer[..written];
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = connectionString.Split(';', StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0)
            {
                continue;
            }

            var equals = segments[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"'{Key}' is malformed: segment {i + 1} is not Key=Value (segments are separated by ';').");
            }

            var name = segments[i][..equals].Trim();
            var value = segments[i][(equals + 1)..].Trim();
            var known = KnownKeys.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                throw new FormatException($"'{Key}' has an unknown setting in segment {i + 1}; known settings: {string.Join(", ", KnownKeys)}.");
            }

            if (value.Length == 0)
            {
                throw new FormatException($"'{Key}': {known} is empty.");
            }

            if (!parts.TryAdd(known, value))
            {
                throw new FormatException($"'{Key}': {known} is given more than once.");
            }
        }

        return parts;
    }
}
