using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Platform.Gateway.Tests.Studio;

/// <summary>A browser-like client of the studio over HTTPS: it keeps cookies and reads antiforgery fields from forms.</summary>
public sealed partial class StudioSession(WebApplicationFactory<Program> factory) : IDisposable
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = true });

    public async Task<string> AntiforgeryAsync()
    {
        var html = await Http.GetStringAsync(new Uri("/studio/signin", UriKind.Relative));
        return Field().Match(html).Groups[1].Value;
    }

    public async Task<HttpResponseMessage> SignInAsync(string token, string? antiforgery = null)
    {
        antiforgery ??= await AntiforgeryAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["token"] = token });
        return await Http.PostAsync(new Uri("/studio/signin", UriKind.Relative), form);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Field();
}
