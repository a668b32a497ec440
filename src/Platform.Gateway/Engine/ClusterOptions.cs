namespace Platform.Gateway.Engine;

/// <summary>How this node's Orleans silo finds its cluster (configuration section <c>Cluster</c>).</summary>
public sealed class ClusterOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cluster";

    /// <summary><c>localhost</c> (the default): one silo on this machine, nothing to install.</summary>
    public string Provider { get; set; } = ClusterProviders.Localhost;

    /// <summary>The cluster's id: silos with the same one form a cluster (default <c>platform</c>).</summary>
    public string ClusterId { get; set; } = "platform";

    /// <summary>The service's id: stable across deployments; part of what Orleans stores (default <c>platform</c>).</summary>
    public string ServiceId { get; set; } = "platform";

    /// <summary>The port silos talk to each other on (Orleans' default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port Orleans clients connect to (Orleans' default 30000; 0 turns the client gateway off).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos reach this one at (<c>azurestorage</c> only). Unset: the pod's <c>POD_IP</c> when set,
    /// else this machine's first non-loopback IPv4 address.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Whether to use Orleans' Kubernetes hosting when running in a pod (default true; <c>azurestorage</c> only).</summary>
    public bool Kubernetes { get; set; } = true;

    /// <summary>The Azure Table Storage connection for membership (<c>Cluster:AzureStorage:ConnectionString</c>; defaults to <c>Storage:AzureBlob:ConnectionString</c>).</summary>
    public string? AzureStorageConnectionString { get; set; }
}
