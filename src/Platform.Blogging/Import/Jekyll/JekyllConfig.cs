namespace Platform.Blogging.Import.Jekyll;

/// <summary>What the import reads from a Jekyll site's <c>_config.yml</c> (every key absent from the file is null or empty).</summary>
public sealed record JekyllConfig
{
    /// <summary>A site without <c>_config.yml</c>.</summary>
    public static JekyllConfig Empty { get; } = new();

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>url</c>: the old site's origin (<c>https://user.github.io</c>).</summary>
    public string? Url { get; init; }

    /// <summary><c>baseurl</c>: the old site's path under its origin (<c>/blog</c>), normalised to start with <c>/</c> and not end with one; empty for none.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary><c>permalink</c>: a style name or a pattern, as written.</summary>
    public string? Permalink { get; init; }

    /// <summary><c>timezone</c> (IANA), as written.</summary>
    public string? TimeZone { get; init; }

    /// <summary><c>excerpt_separator</c>.</summary>
    public string? ExcerptSeparator { get; init; }

    /// <summary><c>defaults</c>, in the order written.</summary>
    public IReadOnlyList<JekyllDefault> Defaults { get; init; } = [];

    /// <summary>Every top-level key with its value, for <c>{{ site.* }}</c>.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();

    /// <summary>What <c>_config.yml</c> said that the import does not use, for the report.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
