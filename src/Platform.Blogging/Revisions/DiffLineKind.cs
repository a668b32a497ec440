namespace Platform.Blogging.Revisions;

/// <summary>What a line of a <see cref="LineDiff"/> is.</summary>
public enum DiffLineKind
{
    /// <summary>In both texts.</summary>
    Same,

    /// <summary>Only in the old text.</summary>
    Removed,

    /// <summary>Only in the new text.</summary>
    Added,
}
