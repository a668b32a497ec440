using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests.Studio;

/// <summary>Form posts and account sign-in for <see cref="StudioSession"/>.</summary>
public sealed partial class StudioSession
{
    /// <summary>Posts a form with a fresh antiforgery token (or <paramref name="antiforgery"/>, or none when it is empty).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? antiforgery = null)
    {
        antiforgery ??= await AntiforgeryAsync();
        var values = new Dictionary<string, string>(fields);
        if (antiforgery.Length > 0)
        {
            values["__RequestVerificationToken"] = antiforgery;
        }

        using var form = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public Task<HttpResponseMessage> SignInWithPasswordAsync(string email, string password) =>
        PostFormAsync("/studio/signin", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    /// <summary>The value of a cookie the last answer set, or null.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith(name + "=", StringComparison.Ordinal)).Select(v => v[(name.Length + 1)..v.IndexOf(';', StringComparison.Ordinal)]).LastOrDefault()
            : null;

    /// <summary>The text of the first element with id <paramref name="id"/>.</summary>
    public static string ById(string html, string id) => Regex.Match(html, "id=\"" + Regex.Escape(id) + "\"[^>]*>([^<]*)<").Groups[1].Value;
}
