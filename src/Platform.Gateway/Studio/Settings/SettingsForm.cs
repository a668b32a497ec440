using Platform.Blogging.Blogs;

namespace Platform.Gateway.Studio.Settings;

/// <summary>
/// The settings form's fields as text, read from the blog's settings or from a posted form, and turned into a
/// <see cref="BlogSettingsUpdate"/>. A refused save shows the writer's own text again, never the stored values.
/// </summary>
public sealed record SettingsForm
{
    /// <summary>The longest form the page accepts, in bytes.</summary>
    public const int MaxBytes = 32 * 1024;

    /// <summary>The blog's title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The blog's description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The blog's author.</summary>
    public string Author { get; init; } = "";

    /// <summary>The blog's locale, e.g. <c>ko</c>.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The blog's IANA time zone.</summary>
    public string TimeZone { get; init; } = "";

    /// <summary>The permalink pattern or Jekyll style.</summary>
    public string PermalinkPattern { get; init; } = "";

    /// <summary>Posts per page, as typed.</summary>
    public string PostsPerPage { get; init; } = "";

    /// <summary>Navigation links, one <c>Label | URL</c> per line.</summary>
    public string Navigation { get; init; } = "";

    /// <summary>Custom domains, one per line.</summary>
    public string CustomDomains { get; init; } = "";

    /// <summary>The form filled with a blog's current settings.</summary>
    public static SettingsForm From(BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SettingsForm
        {
            Title = settings.Title,
            Description = settings.Description,
            Author = settings.Author,
            Locale = settings.Locale,
            TimeZone = settings.TimeZone,
            PermalinkPattern = settings.PermalinkPattern,
            PostsPerPage = settings.PostsPerPage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Navigation = string.Join('\n', settings.Navigation.Select(l => l.Label + " | " + l.Url)),
            CustomDomains = string.Join('\n', settings.CustomDomains),
        };
    }

    /// <summary>The form as posted.</summary>
    public static SettingsForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new SettingsForm
        {
            Title = form["title"].ToString(),
            Description = form["description"].ToString(),
            Author = form["author"].ToString(),
            Locale = form["locale"].ToString().Trim(),
            TimeZone = form["timeZone"].ToString().Trim(),
            PermalinkPattern = form["permalinkPattern"].ToString().Trim(),
            PostsPerPage = form["postsPerPage"].ToString().Trim(),
            Navigation = form["navigation"].ToString(),
            CustomDomains = form["customDomains"].ToString(),
        };
    }

    /// <summary>
    /// The change to store; throws <see cref="Blogging.Errors.InvalidInputException"/> naming the field for what
    /// cannot even be read (a number that is not one, a link line without a <c>|</c>). The grain checks the rest.
    /// </summary>
    public BlogSettingsUpdate ToUpdate()
    {
        if (!int.TryParse(PostsPerPage, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var perPage))
        {
            throw new Blogging.Errors.InvalidInputException("postsPerPage", "Posts per page must be a whole number between 1 and 100.", Blogging.Errors.InputReasons.PostsPerPage);
        }

        return new BlogSettingsUpdate
        {
            Title = Title,
            Description = Description.Trim(),
            Author = Author.Trim(),
            Locale = Locale,
            TimeZone = TimeZone,
            PermalinkPattern = PermalinkPattern,
            PostsPerPage = perPage,
            Navigation = Lines(Navigation).Select(ReadLink).ToArray(),
            CustomDomains = Lines(CustomDomains).ToArray(),
        };
    }

    private static NavigationLink ReadLink(string line)
    {
        var bar = line.LastIndexOf('|');
        if (bar <= 0)
        {
            throw new Blogging.Errors.InvalidInputException("navigation", $"'{line}' is not \"Label | URL\".", Blogging.Errors.InputReasons.NavigationUrl);
        }

        return new NavigationLink { Label = line[..bar].Trim(), Url = line[(bar + 1)..].Trim() };
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
