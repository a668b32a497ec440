namespace Platform.Blogging.Import;

/// <summary>What became of a local file a post references.</summary>
public enum ImportMediaOutcome
{
    /// <summary>Read from the site and stored in the media library (or found there already); the link now points at it.</summary>
    Stored,

    /// <summary>Not in the imported site; the link is left as it was.</summary>
    Missing,

    /// <summary>In the site but refused (not an accepted image, too large); the link is left as it was.</summary>
    Rejected,
}
