namespace Platform.Blogging.Import;

/// <summary>What happened to one file of an import.</summary>
public enum ImportOutcome
{
    /// <summary>A new post was created.</summary>
    Imported,

    /// <summary>The post from an earlier import was updated.</summary>
    Updated,

    /// <summary>Nothing to do (same content as before, or not a post file).</summary>
    Skipped,

    /// <summary>The file was refused; the reason says why.</summary>
    Failed,
}
