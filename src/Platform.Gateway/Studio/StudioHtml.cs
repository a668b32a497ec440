using System.Net;

namespace Platform.Gateway.Studio;

/// <summary>HTML encoding for the dashboard's HTML writer (the page components encode on their own).</summary>
internal static class StudioHtml
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
