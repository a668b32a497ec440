namespace Platform.Gateway.Engine;

/// <summary>The values of <c>Storage:Provider</c>.</summary>
public static class StorageProviders
{
    /// <summary>SQLite, one file under <c>Platform:DataPath</c>.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>Azure Blob Storage through Orleans' own provider.</summary>
    public const string AzureBlob = "azureblob";

    /// <summary>Orleans' in-memory storage (tests; nothing survives a restart).</summary>
    public const string Memory = "memory";
}
