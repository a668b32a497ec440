using System.Globalization;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Blogs;

/// <summary>Checks settings before they are stored; every refusal names the field.</summary>
public static class BlogSettingsValidator
{
    /// <summary>The locales whose page chrome the gateway can show; other valid cultures fall back to English chrome.</summary>
    public static IReadOnlyList<string> ChromeLocales { get; } = ["en", "ko"];

    /// <summary>Throws <see cref="InvalidInputException"/> for the first invalid field; returns the settings normalised.</summary>
    public static BlogSettings Validate(BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        BlogName.Validate(settings.Name);
        Require(!string.IsNullOrWhiteSpace(settings.Title) && settings.Title.Length <= 200, "title", "A title of 1 to 200 characters is required.", InputReasons.BlogTitle);
        Require(settings.Description.Length <= 1000, "description", "The description has at most 1000 characters.", InputReasons.BlogDescription);
        Require(settings.Author.Length <= 200, "author", "The author has at most 200 characters.", InputReasons.BlogAuthor);
        Require(IsCulture(settings.Locale), "locale", $"'{settings.Locale}' is not a known locale (for example 'en' or 'ko').", InputReasons.Locale);
        Require(IsTimeZone(settings.TimeZone), "timeZone", $"'{settings.TimeZone}' is not a known IANA time zone (for example 'UTC' or 'Asia/Seoul').", InputReasons.TimeZone);
        Require(settings.PostsPerPage is >= 1 and <= 100, "postsPerPage", "Posts per page must be between 1 and 100.", InputReasons.PostsPerPage);
        Require(IsPattern(settings.PermalinkPattern), "permalinkPattern", "The permalink pattern must be a Jekyll style (pretty, date, ordinal, none) or a path pattern with :title or :slug.", InputReasons.PermalinkPattern);
        Require(Enum.IsDefined(settings.MarkdownDialect), "markdownDialect", "The Markdown dialect must be commonmark or kramdown.");
        Require(settings.ExcerptSeparator is null || settings.ExcerptSeparator.Length is >= 1 and <= 100, "excerptSeparator", "The excerpt separator has 1 to 100 characters.");
        Require(settings.Navigation.Count <= NavigationLink.MaxLinks, "navigation", $"At most {NavigationLink.MaxLinks} navigation links.", InputReasons.NavigationCount);
        foreach (var link in settings.Navigation)
        {
            Require(link is not null && !string.IsNullOrWhiteSpace(link.Label) && link.Label.Trim().Length <= NavigationLink.MaxLabelLength, "navigation", $"Each navigation link needs a label of 1 to {NavigationLink.MaxLabelLength} characters.", InputReasons.NavigationLabel);
            Require(NavigationLink.IsAllowedUrl(link!.Url?.Trim()), "navigation", $"'{link.Url}' is not a path of the blog (/about/) or an http(s) URL.", InputReasons.NavigationUrl);
        }

        Require(settings.CustomDomains.Count <= 10, "customDomains", "At most 10 custom domains.", InputReasons.DomainCount);
        var domains = settings.CustomDomains.Select(NormaliseDomain).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var domain in domains)
        {
            Require(IsHostName(domain), "customDomains", $"'{domain}' is not a valid host name.", InputReasons.DomainName);
        }

        var navigation = settings.Navigation.Select(l => new NavigationLink { Label = l.Label.Trim(), Url = l.Url.Trim() }).ToArray();
        return settings with { Title = settings.Title.Trim(), CustomDomains = domains, Navigation = navigation };
    }

    /// <summary>Lower-case, no trailing dot, no port.</summary>
    public static string NormaliseDomain(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
#pragma warning disable CA1308 // Host names are compared in lower case by definition.
        return domain.Trim().TrimEnd('.').ToLowerInvariant();
#pragma warning restore CA1308
    }

    private static void Require(bool condition, string field, string message, string? reason = null)
    {
        if (!condition)
        {
            throw new InvalidInputException(field, message, reason);
        }
    }

    private static bool IsCulture(string locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 20)
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(locale, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static bool IsTimeZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
    }

    private static bool IsPattern(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern.Length > 200)
        {
            return false;
        }

        var resolved = PermalinkBuilder.ResolveStyle(pattern);
        return resolved.StartsWith('/') && (resolved.Contains(":title", StringComparison.Ordinal) || resolved.Contains(":slug", StringComparison.Ordinal));
    }

    private static bool IsHostName(string host) =>
        host.Length is > 0 and <= 253 && host.Contains('.', StringComparison.Ordinal)
        && host.Split('.').All(label => label.Length is > 0 and <= 63 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && label[0] != '-' && label[^1] != '-');
}
