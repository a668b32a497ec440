using Platform.Blogging.Blogs;
using Platform.Blogging.Content;

namespace Platform.Gateway.Api.Blogs;

/// <summary>A blog as the API shows it.</summary>
internal sealed record BlogResource(
    string Name,
    string Title,
    string Description,
    string Author,
    string Locale,
    string TimeZone,
    string PermalinkPattern,
    IReadOnlyList<string> CustomDomains,
    int PostsPerPage,
    DateTimeOffset CreatedAt,
    string Url,
    MarkdownDialect MarkdownDialect,
    string? ExcerptSeparator,
    IReadOnlyList<NavigationLinkResource> Navigation)
{
    public static BlogResource From(BlogSettings settings, string url)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new BlogResource(
            settings.Name, settings.Title, settings.Description, settings.Author, settings.Locale, settings.TimeZone,
            settings.PermalinkPattern, settings.CustomDomains, settings.PostsPerPage, settings.CreatedAt, url,
            settings.MarkdownDialect, settings.ExcerptSeparator, settings.Navigation.Select(NavigationLinkResource.From).ToArray());
    }
}
