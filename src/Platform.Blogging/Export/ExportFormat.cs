namespace Platform.Blogging.Export;

/// <summary>The names inside an export archive, and the version of its JSON document.</summary>
public static class ExportFormat
{
    /// <summary>The value of the JSON document's <c>format</c> member; a change that breaks readers gets a new number.</summary>
    public const string Version = "platform-export/1";

    /// <summary>The JSON document of everything (settings, posts with their sources, counters, former permalinks).</summary>
    public const string DocumentPath = "platform-export.json";

    /// <summary>Jekyll's site configuration.</summary>
    public const string ConfigPath = "_config.yml";

    /// <summary>Published and scheduled posts, as <c>YYYY-MM-DD-slug.md</c>.</summary>
    public const string PostsFolder = "_posts/";

    /// <summary>Drafts, as <c>slug.md</c>.</summary>
    public const string DraftsFolder = "_drafts/";
}
