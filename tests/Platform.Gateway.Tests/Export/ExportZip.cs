using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Blogging.Content;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Export;

/// <summary>An export zip as the tests read it: every entry's text by path, and the JSON document.</summary>
public sealed class ExportZip
{
    private ExportZip(byte[] bytes, IReadOnlyDictionary<string, string> files)
    {
        Bytes = bytes;
        Files = files;
    }

    public byte[] Bytes { get; }

    public IReadOnlyDictionary<string, string> Files { get; }

    public JsonElement Document
    {
        get
        {
            using var document = JsonDocument.Parse(Files["platform-export.json"]);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The post files (under <c>_posts/</c> and <c>_drafts/</c>) by path.</summary>
    public IReadOnlyDictionary<string, string> PostFiles =>
        Files.Where(f => f.Key.StartsWith("_posts/", StringComparison.Ordinal) || f.Key.StartsWith("_drafts/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    public static ExportZip Read(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.StartsWith("media/", StringComparison.Ordinal))
            {
                // Binary media files: listed by name (their bytes are checked by the import that reads them).
                files.Add(entry.FullName, $"{entry.Length} bytes");
                continue;
            }

            using var reader = new StreamReader(entry.Open(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            files.Add(entry.FullName, reader.ReadToEnd());
        }

        return new ExportZip(bytes, files);
    }

    /// <summary>Exports <paramref name="blog"/> through the API with <paramref name="token"/> and expects a zip.</summary>
    public static async Task<ExportZip> DownloadAsync(ApiClient api, string blog, string token)
    {
        var response = await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/export", token);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        return Read(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The body of a post file, as the platform's own front matter parser cuts it.</summary>
    public static string Body(string markdown) => FrontMatterParser.Parse(markdown, TimeZoneInfo.Utc).Body;
}
