namespace Platform.Blogging.Import.WordPress;

/// <summary>What happened to one attachment of a WordPress import.</summary>
public enum AttachmentOutcome
{
    /// <summary>On one of the export's own hosts; not downloaded (not asked for, or nowhere to store it yet: the reason says which).</summary>
    Allowed,

    /// <summary>Downloaded and stored.</summary>
    Downloaded,

    /// <summary>Not on the export's own hosts (or not safe to fetch): never fetched.</summary>
    Refused,

    /// <summary>Allowed, but the download failed.</summary>
    Failed,
}
