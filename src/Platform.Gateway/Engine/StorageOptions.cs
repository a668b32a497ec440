namespace Platform.Gateway.Engine;

/// <summary>Which grain storage provider the platform uses (<c>Storage:Provider</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> (default, one machine), <c>azureblob</c> (several nodes) or <c>memory</c> (tests; nothing survives a restart).</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;
}
