namespace Platform.Gateway.Engine;

/// <summary>The values of <c>Cluster:Provider</c>.</summary>
public static class ClusterProviders
{
    /// <summary>One silo on this machine (Orleans' localhost clustering).</summary>
    public const string Localhost = "localhost";

    /// <summary>Many silos whose membership table lives in Azure Table Storage (or Azurite).</summary>
    public const string AzureStorage = "azurestorage";

    /// <summary>Every accepted value, for error messages.</summary>
    public static IReadOnlyList<string> All { get; } = [Localhost, AzureStorage];
}
