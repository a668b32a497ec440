namespace Platform.Gateway.Studio.Shell;

/// <summary>The studio's own URLs, built in one place so every link escapes the blog's name the same way.</summary>
internal static class StudioLinks
{
    /// <summary>A blog's first page in the studio: its posts, which every role may open.</summary>
    public static string Blog(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/posts";

    /// <summary>Where a session lands on a blog: its analytics for owners and editors, its posts for everyone else.</summary>
    public static string Landing(StudioGrant grant) => grant.CanReadAnalytics ? Analytics(grant.Blog) : Blog(grant.Blog);

    public static string Members(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/members";

    public static string Analytics(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/analytics";

    public static string Settings(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/settings";

    public static string Tokens(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/tokens";
}
