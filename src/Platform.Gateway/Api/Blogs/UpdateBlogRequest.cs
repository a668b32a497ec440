using Platform.Blogging.Blogs;
using Platform.Blogging.Content;

namespace Platform.Gateway.Api.Blogs;

/// <summary>The body of <c>PATCH /api/v1/blogs/{blog}</c>: absent or null members stay as they are.</summary>
internal sealed record UpdateBlogRequest(
    string? Title = null,
    string? Description = null,
    string? Author = null,
    string? Locale = null,
    string? TimeZone = null,
    string? PermalinkPattern = null,
    IReadOnlyList<string>? CustomDomains = null,
    int? PostsPerPage = null,
    MarkdownDialect? MarkdownDialect = null,
    string? ExcerptSeparator = null,
    IReadOnlyList<NavigationLinkResource>? Navigation = null)
{
    public BlogSettingsUpdate ToUpdate() => new()
    {
        Title = Title,
        Description = Description,
        Author = Author,
        Locale = Locale,
        TimeZone = TimeZone,
        PermalinkPattern = PermalinkPattern,
        CustomDomains = CustomDomains,
        PostsPerPage = PostsPerPage,
        MarkdownDialect = MarkdownDialect,
        ExcerptSeparator = ExcerptSeparator,
        Navigation = Navigation?.Select(l => l?.ToLink() ?? new NavigationLink { Label = "", Url = "" }).ToArray(),
    };
}
