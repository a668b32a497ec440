using System.Globalization;

namespace Platform.Gateway.Studio.Posts;

/// <summary>The URLs of the post list, the editor and the history, escaped in one place.</summary>
internal static class StudioPostLinks
{
    public static string Posts(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/posts";

    public static string New(string blog) => Posts(blog) + "/new";

    public static string Edit(string blog, string id) => Posts(blog) + "/" + Uri.EscapeDataString(id) + "/edit";

    public static string History(string blog, string id) => Posts(blog) + "/" + Uri.EscapeDataString(id) + "/history";

    public static string Compare(string blog, string id, long number) => History(blog, id) + "?n=" + number.ToString(CultureInfo.InvariantCulture);

    public static string Restore(string blog, string id, long number) => History(blog, id) + "/" + number.ToString(CultureInfo.InvariantCulture) + "/restore";

    public static string Preview(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/preview";
}
