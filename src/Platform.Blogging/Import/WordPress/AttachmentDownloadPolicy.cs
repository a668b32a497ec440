namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// How WordPress attachments are fetched. Deliberately not bound from configuration: the defaults are the only safe
/// values for a server, and a stray setting must never open the importer to the internal network. Code that really
/// needs another policy (tests fetching from a server on the loopback interface) registers its own instance in the
/// service collection before the blog domain's services (<c>services.AddSingleton(new AttachmentDownloadPolicy { ... })</c>).
/// </summary>
public sealed class AttachmentDownloadPolicy
{
    /// <summary>
    /// Fetch from <c>localhost</c>, loopback, private, link-local and other internal addresses too. Off by default, and it
    /// must stay off on every server: an export is untrusted input, and such a fetch reaches what only the server can
    /// (cloud metadata, admin ports, the cluster's own services). Only tests turn it on.
    /// </summary>
    public bool AllowInternalAddresses { get; init; }

    /// <summary>The most time one attachment may take, redirects and body included (default 30 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most redirects followed for one attachment, each only to the export's own hosts (default 3).</summary>
    public int MaxRedirects { get; init; } = 3;

    /// <summary>How many attachments are fetched at once (default 4).</summary>
    public int Concurrency { get; init; } = 4;
}
