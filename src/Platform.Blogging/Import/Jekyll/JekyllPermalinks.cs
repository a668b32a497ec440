using Platform.Blogging.Content;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Jekyll's <c>permalink</c> setting on the platform. The platform's permalinks have no <c>.html</c>: the styles
/// <c>date</c>, <c>ordinal</c> and <c>none</c> keep their names (the platform's are Jekyll's without
/// <c>:output_ext</c>), a custom pattern loses <c>:output_ext</c> and a final <c>.html</c>. A post's old URL (with
/// <c>.html</c> where Jekyll wrote it) is kept as a redirect to its new one.
/// </summary>
public static class JekyllPermalinks
{
    /// <summary>The platform pattern for a Jekyll <c>permalink</c> setting, or null when the platform cannot serve it (the blog's stays).</summary>
    public static string? ToPlatformPattern(string jekyll)
    {
        ArgumentNullException.ThrowIfNull(jekyll);
        var trimmed = jekyll.Trim();
        if (trimmed is "date" or "pretty" or "ordinal" or "none")
        {
            return trimmed;
        }

        var pattern = trimmed.Replace(":output_ext", "", StringComparison.Ordinal);
        if (pattern.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            pattern = pattern[..^".html".Length];
        }

        return pattern.StartsWith('/') && (pattern.Contains(":title", StringComparison.Ordinal) || pattern.Contains(":slug", StringComparison.Ordinal))
            && !pattern.Contains(":week", StringComparison.Ordinal) && !pattern.Contains(":short_day", StringComparison.Ordinal) && !pattern.Contains(":long_day", StringComparison.Ordinal)
            ? pattern
            : null;
    }

    /// <summary>The path Jekyll gave a post under <paramref name="jekyll"/> (a style or pattern; null for Jekyll's default, <c>date</c>).</summary>
    public static string OldPath(string? jekyll, PermalinkValues values)
    {
        var pattern = (jekyll?.Trim() ?? "date") switch
        {
            "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            var custom => custom,
        };
        return PermalinkBuilder.Build(pattern.Replace(":output_ext", ".html", StringComparison.Ordinal), values).Path;
    }
}
