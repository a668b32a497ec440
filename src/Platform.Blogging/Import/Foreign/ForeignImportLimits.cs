namespace Platform.Blogging.Import.Foreign;

/// <summary>Bounds on one Ghost or WordPress export, checked before anything is stored.</summary>
public static class ForeignImportLimits
{
    /// <summary>The largest export file read, in bytes.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    /// <summary>The most items (posts, pages, attachments, ...) one export may hold.</summary>
    public const int MaxItems = 20_000;

    /// <summary>The longest id accepted from an export (it becomes part of the source name).</summary>
    public const int MaxIdLength = 100;

    /// <summary>The most tags kept on one post (the platform's own limit).</summary>
    public const int MaxTags = 50;

    /// <summary>The longest description kept (the platform's own limit).</summary>
    public const int MaxDescription = 2000;
}
