namespace Platform.Storage.AzureBlob;

/// <summary>Settings of <see cref="AzureBlobGrainStorage"/> (configuration section <c>Storage:AzureBlob</c>).</summary>
public sealed class AzureBlobStorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Storage:AzureBlob";

    /// <summary>
    /// An Azure Storage connection string: <c>UseDevelopmentStorage=true</c>, an account name and key
    /// (<c>DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=...</c> or with <c>BlobEndpoint</c>),
    /// or a SAS (<c>BlobEndpoint=...;SharedAccessSignature=...</c>). Required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The container holding the state blobs; created on first use. Orleans' default, <c>grainstate</c>.</summary>
    public string ContainerName { get; set; } = "grainstate";

    /// <summary>
    /// True (the default here, unlike Orleans): clearing a state deletes its blob, so a cleared state reads as
    /// missing (null ETag). False: clearing writes the default state, as Orleans does by default.
    /// </summary>
    public bool DeleteStateOnClear { get; set; } = true;

    /// <summary>The timeout of one HTTP attempt (a retried request gets a fresh one).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a failed request (5xx, 408, 429, connection failure, timeout) is retried, with exponential backoff and jitter.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; each later retry doubles it (plus up to 50% jitter), capped at 5 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the configuration key when a setting is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException(
                $"Azure Blob grain storage needs '{SectionName}:ConnectionString' (for the local emulator: UseDevelopmentStorage=true).");
        }

        if (!IsValidContainerName(ContainerName))
        {
            throw new InvalidOperationException(
                $"'{SectionName}:ContainerName' must be 3-63 lower-case letters, digits and single hyphens, starting with a letter or digit; it is '{ContainerName}'.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"'{SectionName}:RequestTimeout' must be positive; it is {RequestTimeout}.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new InvalidOperationException($"'{SectionName}:MaxRetries' must be between 0 and 10; it is {MaxRetries}.");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"'{SectionName}:RetryBaseDelay' must not be negative; it is {RetryBaseDelay}.");
        }

        // Parses now, so a malformed string fails at startup with a message that names the part at fault.
        try
        {
            StorageConnectionString.Parse(ConnectionString);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }

    private static bool IsValidContainerName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && char.IsAsciiLetterOrDigit(name[0])
        && name[^1] != '-'
        && !name.Contains("--", StringComparison.Ordinal)
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
