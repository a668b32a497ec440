namespace Platform.Gateway.Studio.Shell;

/// <summary>The studio's own URLs, built in one place so every link escapes the blog's name the same way.</summary>
internal static class StudioLinks
{
    public static string Blog(string blog) => Analytics(blog);

    public static string Members(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/members";

    public static string Analytics(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/analytics";

    public static string Settings(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/settings";
}
