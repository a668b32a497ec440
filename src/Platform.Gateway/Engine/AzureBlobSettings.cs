namespace Platform.Gateway.Engine;

/// <summary>Where grain state lives when <c>Storage:Provider</c> is <c>azureblob</c> (section <c>Storage:AzureBlob</c>).</summary>
public sealed class AzureBlobSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage:AzureBlob";

    /// <summary>An Azure Storage connection string (account key or SAS), e.g. <c>UseDevelopmentStorage=true</c>. Required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob container (created when missing; default <c>grainstate</c>, as Orleans names it).</summary>
    public string ContainerName { get; set; } = "grainstate";

    /// <summary>The blob container of media files (created when missing; default <c>media</c>).</summary>
    public string MediaContainerName { get; set; } = "media";

    /// <summary>Throws naming the configuration key when a setting is unusable.</summary>
    public void Validate()
    {
        CheckConnection();
        CheckContainer("ContainerName", ContainerName);
        CheckContainer("MediaContainerName", MediaContainerName);
    }

    private void CheckConnection()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException(
                $"Configuration value {SectionName}:ConnectionString is required when Storage:Provider is azureblob (for example UseDevelopmentStorage=true).");
        }
    }

    private static void CheckContainer(string key, string? container)
    {
        // Azure's rule: 3-63 characters, lower-case letters, digits and single hyphens, starting and ending alphanumeric.
        var name = container ?? "";
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
            && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new InvalidOperationException(
                $"Configuration value {SectionName}:{key} is '{name}'; a container name has 3 to 63 lower-case letters, digits and single hyphens.");
        }
    }

    /// <summary>The client for the connection string; a malformed string fails naming the key, never echoing its secret.</summary>
    public Azure.Storage.Blobs.BlobServiceClient CreateClient()
    {
        Validate();
        try
        {
            return new Azure.Storage.Blobs.BlobServiceClient(ConnectionString);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or UriFormatException)
        {
            throw new InvalidOperationException($"Configuration value {SectionName}:ConnectionString is not a valid Azure Storage connection string.", ex);
        }
    }
}
