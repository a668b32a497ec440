using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// What <c>_config.yml</c> changes in the blog's settings: <c>title</c>, <c>description</c>, <c>timezone</c>,
/// <c>permalink</c> (see <see cref="JekyllPermalinks"/>) and <c>excerpt_separator</c>, each only when the platform
/// accepts its value (the others are noted and the blog's stay).
/// </summary>
public static class JekyllSettings
{
    /// <summary>The update to apply, and notes on the values that are not applied.</summary>
    public static (BlogSettingsUpdate Update, IReadOnlyList<string> Notes) From(JekyllConfig config, BlogSettings current)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(current);
        var notes = new List<string>();
        var update = new BlogSettingsUpdate();

        T? Check<T>(string key, string? value, T? candidate, Func<BlogSettings, BlogSettings> apply)
            where T : class
        {
            if (value is null)
            {
                return null;
            }

            try
            {
                BlogSettingsValidator.Validate(apply(current));
                return candidate;
            }
            catch (InvalidInputException exception)
            {
                notes.Add($"{key} '{value}' is not applied: {exception.Message}");
                return null;
            }
        }

        var pattern = config.Permalink is null ? null : JekyllPermalinks.ToPlatformPattern(config.Permalink);
        if (config.Permalink is not null && pattern is null)
        {
            notes.Add($"permalink '{config.Permalink}' is not applied: the platform has no :week, :short_day or :long_day, and needs :title or :slug");
        }

        update = update with
        {
            Title = Check("title", config.Title, config.Title?.Trim(), s => s with { Title = config.Title! }),
            Description = Check("description", config.Description, config.Description?.Trim(), s => s with { Description = config.Description!.Trim() }),
            TimeZone = Check("timezone", config.TimeZone, config.TimeZone?.Trim(), s => s with { TimeZone = config.TimeZone!.Trim() }),
            PermalinkPattern = pattern is null ? null : Check("permalink", config.Permalink, pattern, s => s with { PermalinkPattern = pattern }),
            ExcerptSeparator = Check("excerpt_separator", config.ExcerptSeparator, config.ExcerptSeparator, s => s with { ExcerptSeparator = config.ExcerptSeparator }),
        };
        return (update, notes);
    }

    /// <summary><paramref name="current"/> with <paramref name="update"/> applied (what the blog will have).</summary>
    public static BlogSettings Apply(BlogSettings current, BlogSettingsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(update);
        return current with
        {
            Title = update.Title ?? current.Title,
            Description = update.Description ?? current.Description,
            TimeZone = update.TimeZone ?? current.TimeZone,
            PermalinkPattern = update.PermalinkPattern ?? current.PermalinkPattern,
            ExcerptSeparator = update.ExcerptSeparator ?? current.ExcerptSeparator,
        };
    }

    /// <summary>What the update changes, for the report ("title, timezone"); empty when nothing.</summary>
    public static IReadOnlyList<string> Changed(BlogSettings current, BlogSettingsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(update);
        var changed = new List<string>();
        if (update.Title is { } title && title != current.Title)
        {
            changed.Add($"title '{title}'");
        }

        if (update.Description is { } description && description != current.Description)
        {
            changed.Add("description");
        }

        if (update.TimeZone is { } zone && zone != current.TimeZone)
        {
            changed.Add($"time zone {zone}");
        }

        if (update.PermalinkPattern is { } pattern && pattern != current.PermalinkPattern)
        {
            changed.Add($"permalink pattern {pattern}");
        }

        if (update.ExcerptSeparator is { } separator && separator != current.ExcerptSeparator)
        {
            changed.Add("excerpt separator");
        }

        return changed;
    }
}
