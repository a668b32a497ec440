namespace Platform.Blogging.Authoring;

/// <summary>A status action on a post.</summary>
public enum PostStatusChange
{
    /// <summary>Make it public now (or at its date, if that is in the future).</summary>
    Publish,

    /// <summary>Make it a draft.</summary>
    Unpublish,

    /// <summary>Make it public at a given time.</summary>
    Schedule,
}
