using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Gateway.Tests.Api;

/// <summary>Helpers over an <see cref="HttpClient"/> for the author API: fresh blogs, tokens, posts, problem checks.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static string NewBlogName() => "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    public static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Markdown(string markdown) => new(markdown, Encoding.UTF8, "text/markdown");

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null, string? ifMatch = null)
    {
        using var request = Request(method, path, token, content, ifMatch);
        return await Http.SendAsync(request);
    }

    /// <summary>Creates a blog as the administrator; returns its name and owner token.</summary>
    public async Task<(string Blog, string OwnerToken)> CreateBlogAsync(string? name = null, object? extra = null)
    {
        name ??= NewBlogName();
        var body = extra ?? new { name, title = "Test blog " + name, locale = "en", timeZone = "UTC" };
        var response = await SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await ReadJsonAsync(response);
        return (name, json.GetProperty("token").GetProperty("token").GetString()!);
    }

    public async Task<(string Id, string Token)> IssueTokenAsync(string blog, string ownerToken, string role, string? name = null)
    {
        var response = await SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/tokens", ownerToken, Json(new { name = name ?? role, role }));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await ReadJsonAsync(response);
        return (json.GetProperty("id").GetString()!, json.GetProperty("token").GetString()!);
    }

    /// <summary>Creates a post from Markdown; returns its id and ETag.</summary>
    public async Task<(string Id, string ETag)> CreatePostAsync(string blog, string token, string? markdown = null)
    {
        markdown ??= "---\ntitle: Hello " + Guid.NewGuid().ToString("N")[..8] + "\ntags: [news]\n---\nSome *text*.\n";
        var response = await SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", token, Markdown(markdown));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await ReadJsonAsync(response);
        return (json.GetProperty("id").GetString()!, response.Headers.ETag!.ToString());
    }

    public async Task<string> ETagAsync(string blog, string id, string token)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}", token);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.ETag!.ToString();
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the exact status and an RFC 9457 body; returns the problem.</summary>
    public static async Task<JsonElement> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType.Should().NotBeNull(text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", text);
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        return problem;
    }

    public static MediaTypeHeaderValue MediaType(string value) => new(value);
}
