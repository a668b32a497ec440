namespace Platform.Gateway.Storage;

/// <summary>The values of <c>Storage:Provider</c>.</summary>
public static class StorageProviders
{
    /// <summary>SQLite, one file under <c>Platform:DataPath</c>.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>Azure Blob Storage over its REST protocol.</summary>
    public const string AzureBlob = "azureblob";

    /// <summary>Process memory.</summary>
    public const string Memory = "memory";
}
