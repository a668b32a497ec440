using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests.Studio;

/// <summary>Reading studio pages and posting their forms the way a browser without script does.</summary>
public static partial class StudioForms
{
    public static async Task<(HttpStatusCode Status, string Html)> PageAsync(this StudioSession session, string path)
    {
        var response = await session.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string Antiforgery(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    public static long Version(string html) => long.Parse(VersionField().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        this StudioSession session, string path, string formPage, IDictionary<string, string> fields, bool json = false, bool antiforgery = true)
    {
        var (_, html) = await session.PageAsync(formPage);
        var values = new Dictionary<string, string>(fields);
        if (antiforgery)
        {
            values["__RequestVerificationToken"] = Antiforgery(html);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(values) };
        if (json)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        }

        return await session.Http.SendAsync(request);
    }

    /// <summary>The editor's fields for a post with <paramref name="title"/> and <paramref name="markdown"/>.</summary>
    public static Dictionary<string, string> Post(string title, string markdown, long version, string action = "save") => new()
    {
        ["title"] = title,
        ["markdown"] = markdown,
        ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["action"] = action,
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
