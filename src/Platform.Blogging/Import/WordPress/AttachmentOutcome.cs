namespace Platform.Blogging.Import.WordPress;

/// <summary>What happened to one attachment of a WordPress import.</summary>
public enum AttachmentOutcome
{
    /// <summary>On one of the export's own hosts; not downloaded because the download was not asked for.</summary>
    Allowed,

    /// <summary>Downloaded and stored as the blog's media (or found there already: the same bytes make the same item).</summary>
    Downloaded,

    /// <summary>
    /// Not to be kept: not on the export's own hosts, an internal address (as written, or as its name resolves),
    /// a redirect elsewhere, over the media size limit, or not an accepted image by its content. The reason says which.
    /// </summary>
    Refused,

    /// <summary>Allowed, but the download failed (an HTTP error status, a network error, a timeout).</summary>
    Failed,
}
