using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing.Azurite;

namespace Platform.Testing.WordPress;

/// <summary>
/// A WordPress site's uploads served by Kestrel on 127.0.0.1 (a free port) for the attachment tests: a PNG, a
/// "-scaled" PNG behind a same-host redirect, a text file named .jpg, a redirect to another host, and a body over
/// <see cref="MediaLimit"/> sent without a length. Anything else is a 404. Every request's path is counted.
/// </summary>
public sealed class AttachmentServer : IAsyncDisposable
{
    /// <summary>The media limit the tests set (<c>Blogging:Media:MaxUploadBytes</c>); <c>huge.png</c> is larger.</summary>
    public const long MediaLimit = 64 * 1024;

    private const string Uploads = "/wp-content/uploads/2024/03/";
    private readonly WebApplication _app;

    private readonly ConcurrentDictionary<string, int> _requests;

    private AttachmentServer(WebApplication app, string site, ConcurrentDictionary<string, int> requests)
    {
        _app = app;
        Site = site;
        _requests = requests;
    }

    /// <summary>The site's address: <c>http://127.0.0.1:{port}</c>.</summary>
    public string Site { get; }

    /// <summary>Host and port.</summary>
    public string Authority => new Uri(Site).Authority;

    public static byte[] Sea { get; } = TestImages.Png(640, 400, shade: 40);

    public static byte[] Wide { get; } = TestImages.Png(1200, 600, shade: 200);

    public static async Task<AttachmentServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var requests = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var app = builder.Build();
        app.Use((context, next) =>
        {
            requests.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            return next(context);
        });
        app.MapGet(Uploads + "sea.png", () => Results.Bytes(Sea, "image/png"));
        app.MapGet(Uploads + "wide-scaled.png", () => Results.Redirect(Uploads + "wide-scaled-moved.png"));
        app.MapGet(Uploads + "wide-scaled-moved.png", () => Results.Bytes(Wide, "image/png"));
        app.MapGet(Uploads + "notes.jpg", () => Results.Bytes(Encoding.UTF8.GetBytes("just some notes, not a photo\n"), "image/jpeg"));
        app.MapGet(Uploads + "away.png", () => Results.Redirect("http://elsewhere.example/away.png"));
        app.MapGet(Uploads + "huge.png", async (HttpContext context) =>
        {
            context.Response.ContentType = "image/png";
            var chunk = new byte[16 * 1024];
            Sea.AsSpan(0, 64).CopyTo(chunk);
            for (var sent = 0L; sent <= MediaLimit * 2; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new AttachmentServer(app, address.TrimEnd('/'), requests);
    }

    /// <summary>The attachments export (<c>tests/Fixtures/wordpress/attachments.xml</c>) with this server's address in it.</summary>
    public byte[] Export() => Encoding.UTF8.GetBytes(
        File.ReadAllText(Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", "wordpress", "attachments.xml")).Replace("{{SITE}}", Site, StringComparison.Ordinal).Replace("{{HOST}}", Authority, StringComparison.Ordinal));

    /// <summary>An upload's URL on this server.</summary>
    public string Upload(string file) => Site + Uploads + file;

    /// <summary>How many requests <paramref name="file"/> of the uploads got.</summary>
    public int RequestsFor(string file) => _requests.GetValueOrDefault(Uploads + file);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
