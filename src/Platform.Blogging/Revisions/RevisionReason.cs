namespace Platform.Blogging.Revisions;

/// <summary>Why a post's revision was recorded.</summary>
[GenerateSerializer]
[Alias("platform.RevisionReason")]
public enum RevisionReason
{
    /// <summary>The content was saved (created or replaced); saves close together share one revision.</summary>
    Save,

    /// <summary>The post was published.</summary>
    Publish,

    /// <summary>The post was made a draft again.</summary>
    Unpublish,

    /// <summary>The post was scheduled.</summary>
    Schedule,

    /// <summary>An earlier revision was restored.</summary>
    Restore,
}
