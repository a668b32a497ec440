using System.Globalization;
using System.Text;

namespace Platform.Blogging.Content;

/// <summary>
/// Jekyll-style permalinks. A pattern holds literal text and the placeholders <c>:year :month :day :i_month :i_day
/// :short_year :hour :minute :second :y_day :title :slug :categories</c> (a placeholder ends where a letter, digit or
/// <c>_</c> does not follow; <c>:output_ext</c> is accepted and empty, since pages have no extension here). The
/// built-in styles <c>date</c>, <c>pretty</c>, <c>ordinal</c> and <c>none</c> are Jekyll's without
/// <c>:output_ext</c>. Empty segments collapse, <c>.</c> segments are dropped, <c>..</c> is refused, the result
/// always starts with <c>/</c> and ends with <c>/</c> exactly when the pattern does.
/// </summary>
public static class PermalinkBuilder
{
    /// <summary>Jekyll's <c>date</c> style (the default), without <c>.html</c>.</summary>
    public const string DateStyle = "/:categories/:year/:month/:day/:title";

    /// <summary>Jekyll's <c>pretty</c> style.</summary>
    public const string PrettyStyle = "/:categories/:year/:month/:day/:title/";

    /// <summary>Jekyll's <c>ordinal</c> style, without <c>.html</c>.</summary>
    public const string OrdinalStyle = "/:categories/:year/:y_day/:title";

    /// <summary>Jekyll's <c>none</c> style, without <c>.html</c>.</summary>
    public const string NoneStyle = "/:categories/:title";

    // Longest first, so ":i_month" is not read as ":i" and ":year" is tried after ":y_day".
    private static readonly string[] Placeholders =
    [
        "short_year", "categories", "output_ext", "i_month", "minute", "second", "i_day", "month", "y_day", "title",
        "year", "hour", "slug", "day",
    ];

    /// <summary>Turns a style name (<c>date</c>, <c>pretty</c>, <c>ordinal</c>, <c>none</c>) into its pattern; any other text is returned as is.</summary>
    /// <param name="patternOrStyle">A style name or a pattern.</param>
    /// <returns>The pattern.</returns>
    public static string ResolveStyle(string patternOrStyle)
    {
        ArgumentNullException.ThrowIfNull(patternOrStyle);
        return patternOrStyle.Trim() switch
        {
            "date" => DateStyle,
            "pretty" => PrettyStyle,
            "ordinal" => OrdinalStyle,
            "none" => NoneStyle,
            var pattern => pattern,
        };
    }

    /// <summary>
    /// The permalink of <paramref name="post"/>: its front matter <c>permalink</c> when it has one (placeholders in it
    /// are filled too), otherwise <paramref name="patternOrStyle"/>.
    /// </summary>
    /// <param name="patternOrStyle">The blog's pattern or style name.</param>
    /// <param name="post">The rendered post.</param>
    /// <param name="dateIfMissing">The date used when the post has none (e.g. when it was first saved).</param>
    /// <returns>The permalink.</returns>
    /// <exception cref="ContentException">The permalink has a <c>..</c> segment.</exception>
    public static Permalink Build(string patternOrStyle, RenderedPost post, DateTimeOffset dateIfMissing)
    {
        ArgumentNullException.ThrowIfNull(post);
        var values = new PermalinkValues(post.Slug, post.Date ?? dateIfMissing, post.Categories);
        return Build(string.IsNullOrWhiteSpace(post.Permalink) ? patternOrStyle : post.Permalink, values);
    }

    /// <summary>Fills <paramref name="patternOrStyle"/> with <paramref name="values"/>.</summary>
    /// <param name="patternOrStyle">A pattern such as <c>/:year/:month/:slug/</c> or a style name.</param>
    /// <param name="values">The post's slug, date and categories.</param>
    /// <returns>The permalink.</returns>
    /// <exception cref="ContentException">The permalink has a <c>..</c> segment.</exception>
    public static Permalink Build(string patternOrStyle, PermalinkValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string pattern = ResolveStyle(patternOrStyle).Normalize(NormalizationForm.FormC);
        string expanded = Expand(pattern, values);
        var segments = new List<string>();
        foreach (string segment in expanded.Split('/'))
        {
            if (segment == "..")
            {
                throw new ContentException($"Permalink '{pattern}' must not contain a '..' segment.", "permalink", null, null);
            }

            if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        string trailing = segments.Count > 0 && pattern.EndsWith('/') ? "/" : string.Empty;
        return new Permalink(
            "/" + string.Join('/', segments) + trailing,
            "/" + string.Join('/', segments.Select(Uri.EscapeDataString)) + trailing);
    }

    private static string Expand(string pattern, PermalinkValues values)
    {
        var builder = new StringBuilder(pattern.Length + 32);
        int position = 0;
        while (position < pattern.Length)
        {
            char c = pattern[position];
            string? name = c == ':' ? MatchPlaceholder(pattern, position + 1) : null;
            if (name is null)
            {
                builder.Append(c);
                position++;
                continue;
            }

            builder.Append(Value(name, values));
            position += name.Length + 1;
        }

        return builder.ToString();
    }

    private static string? MatchPlaceholder(string pattern, int start)
    {
        foreach (string name in Placeholders)
        {
            int end = start + name.Length;
            if (string.CompareOrdinal(pattern, start, name, 0, name.Length) == 0
                && (end == pattern.Length || !(char.IsAsciiLetterOrDigit(pattern[end]) || pattern[end] == '_')))
            {
                return name;
            }
        }

        return null;
    }

    private static string Value(string name, PermalinkValues values)
    {
        var date = values.Date;
        var invariant = CultureInfo.InvariantCulture;
        return name switch
        {
            "year" => date.Year.ToString("D4", invariant),
            "short_year" => (date.Year % 100).ToString("D2", invariant),
            "month" => date.Month.ToString("D2", invariant),
            "i_month" => date.Month.ToString(invariant),
            "day" => date.Day.ToString("D2", invariant),
            "i_day" => date.Day.ToString(invariant),
            "hour" => date.Hour.ToString("D2", invariant),
            "minute" => date.Minute.ToString("D2", invariant),
            "second" => date.Second.ToString("D2", invariant),
            "y_day" => date.DayOfYear.ToString("D3", invariant),
            "title" or "slug" => values.Slug,
            "categories" => string.Join('/', values.Categories.Select(category => SlugGenerator.Slugify(category, SlugGenerator.MaxLength))),
            _ => string.Empty,
        };
    }
}
