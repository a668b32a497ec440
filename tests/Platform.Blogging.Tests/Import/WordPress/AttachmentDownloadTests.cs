using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Import;
using Platform.Blogging.Import.WordPress;
using Platform.Blogging.Media;
using Platform.Blogging.Tests.Support;
using Platform.Testing.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

/// <summary>WordPress attachments downloaded from a local server into the blog's media, and the posts linked to them.</summary>
public sealed class AttachmentDownloadTests
{
    private static readonly WordPressImportOptions Download = new() { DownloadAttachments = true };

    /// <summary>A cluster whose media limit is <see cref="AttachmentServer.MediaLimit"/>; <paramref name="allowInternal"/> relaxes the policy for the local server.</summary>
    private static Task<BlogHost> StartAsync(bool allowInternal = true) => BlogHost.StartAsync(services: services =>
    {
        if (allowInternal)
        {
            services.AddSingleton(new AttachmentDownloadPolicy { AllowInternalAddresses = true });
        }

        services.Configure<MediaOptions>(o => o.MaxUploadBytes = AttachmentServer.MediaLimit);
    });

    private static WordPressImporter Importer(BlogHost host) => host.Silo(0).GetRequiredService<WordPressImporter>();

    private static MediaLibrary Library(BlogHost host) => host.Silo(0).GetRequiredService<MediaLibrary>();

    [Fact]
    public async Task Asked_downloads_store_the_exports_own_images_and_report_each_attachment_with_why()
    {
        await using var server = await AttachmentServer.StartAsync();
        await using var host = await StartAsync();
        await host.CreateBlogAsync();

        var report = await Importer(host).ImportAsync("demo", new MemoryStream(server.Export()), Download);

        report.Attachments.Select(a => (a.PostId, a.Outcome)).Should().Equal(
            ("401", AttachmentOutcome.Downloaded),
            ("402", AttachmentOutcome.Downloaded),
            ("403", AttachmentOutcome.Refused),
            ("404", AttachmentOutcome.Failed),
            ("405", AttachmentOutcome.Refused),
            ("406", AttachmentOutcome.Refused),
            ("407", AttachmentOutcome.Refused));
        var (sea, wide) = (report.Attachments[0], report.Attachments[1]);
        sea.MediaUrl.Should().Be($"/media/{sea.MediaId}/640w.png");
        wide.MediaUrl.Should().Be($"/media/{wide.MediaId}/1200w.png", "the redirect on the export's own host was followed");
        report.Attachments[2].Reason.Should().Contain("not a JPEG, PNG, GIF or WebP image", "judged by content, not by its .jpg name or image/jpeg type");
        report.Attachments[3].Reason.Should().Contain("404");
        report.Attachments[4].Reason.Should().Contain("redirects to http://elsewhere.example/away.png").And.Contain("not the export's own");
        report.Attachments[5].Reason.Should().Contain($"over the media limit of {AttachmentServer.MediaLimit} bytes");
        report.Attachments[6].Reason.Should().StartWith("Not fetched").And.Contain("cdn.elsewhere.example");

        var media = await Library(host).ListAsync("demo");
        media.Select(m => m.Id).Should().BeEquivalentTo([sea.MediaId, wide.MediaId]);
        media.Single(m => m.Id == sea.MediaId).Uploader.Should().Be(MediaLibrary.ImportUploader);
        server.RequestsFor("wide-scaled-moved.png").Should().Be(1);
    }

    [Fact]
    public async Task Posts_link_to_the_served_copies_resized_variants_queries_and_the_featured_image_included()
    {
        await using var server = await AttachmentServer.StartAsync();
        await using var host = await StartAsync();
        await host.CreateBlogAsync();

        var report = await Importer(host).ImportAsync("demo", new MemoryStream(server.Export()), Download);

        var (sea, wide) = (report.Attachments[0], report.Attachments[1]);
        var entry = (await host.Authoring.GetBlogAsync("demo")).All.Single();
        entry.Image.Should().Be(wide.MediaUrl, "the featured image (_thumbnail_id 402) is the downloaded copy");
        var content = (await host.Authoring.GetPostAsync("demo", entry.Id)).Content;
        content.Source.Should().Contain($"<a href=\"{sea.MediaUrl}\">")
            .And.Contain($"<img src=\"{sea.MediaUrl}\" alt=\"바다\"", "the 300x188 copy with its query string is the same attachment")
            .And.Contain($"src=\"{wide.MediaUrl}\"", "a protocol-relative resized copy of a -scaled original is that attachment")
            .And.NotContain("sea-300x188").And.NotContain("wide-1024x512").And.NotContain("srcset").And.NotContain("sizes=")
            .And.Contain(server.Upload("gone.png"), "a failed download keeps its link")
            .And.Contain(server.Upload("notes.jpg"), "a refused file keeps its link")
            .And.Contain("https://cdn.elsewhere.example/uploads/away.png");
        content.Html.Should().Contain($"/media/{sea.MediaId}/600w.png 600w, /media/{sea.MediaId}/640w.png 640w", "the blog's own srcset takes WordPress's place")
            .And.Contain($"/media/{wide.MediaId}/1000w.webp 1000w");
    }

    [Fact]
    public async Task Without_the_flag_nothing_is_fetched_and_the_posts_keep_their_links()
    {
        await using var server = await AttachmentServer.StartAsync();
        await using var host = await StartAsync();
        await host.CreateBlogAsync();

        var report = await Importer(host).ImportAsync("demo", new MemoryStream(server.Export()), new WordPressImportOptions());

        report.Attachments.Take(6).Should().OnlyContain(a => a.Outcome == AttachmentOutcome.Allowed && a.MediaId == null);
        server.RequestsFor("sea.png").Should().Be(0);
        server.RequestsFor("wide-scaled.png").Should().Be(0);
        (await Library(host).ListAsync("demo")).Should().BeEmpty();
        var entry = (await host.Authoring.GetBlogAsync("demo")).All.Single();
        entry.Image.Should().Be(server.Upload("wide-scaled.png"));
        (await host.Authoring.GetPostAsync("demo", entry.Id)).Content.Source.Should().Contain(server.Upload("sea-300x188.png?resize=300%2C188&amp;ssl=1")).And.Contain("srcset=");
    }

    [Fact]
    public async Task Importing_again_keeps_one_copy_of_each_file_and_leaves_the_post_unchanged()
    {
        await using var server = await AttachmentServer.StartAsync();
        await using var host = await StartAsync();
        await host.CreateBlogAsync();
        var first = await Importer(host).ImportAsync("demo", new MemoryStream(server.Export()), Download);

        var again = await Importer(host).ImportAsync("demo", new MemoryStream(server.Export()), Download);

        again.Attachments.Select(a => (a.Outcome, a.MediaId)).Should().Equal(first.Attachments.Select(a => (a.Outcome, a.MediaId)));
        again.Posts.Files.Single().Outcome.Should().Be(ImportOutcome.Skipped, "the same files give the same media URLs, so the post is unchanged");
        (await Library(host).ListAsync("demo")).Should().HaveCount(2);
        (await host.Authoring.GetBlogAsync("demo")).All.Should().HaveCount(1);
    }

    [Fact]
    public async Task By_default_a_name_resolving_to_a_loopback_address_is_refused_when_connecting()
    {
        await using var server = await AttachmentServer.StartAsync();
        await using var host = await StartAsync(allowInternal: false);
        await host.CreateBlogAsync();
        var downloader = host.Silo(0).GetRequiredService<IAttachmentDownloader>();
        var port = new Uri(server.Site).Port;

        // The importer's own check would stop these URLs first; the downloader is called directly to prove that the
        // connection itself refuses what the name resolves to (localhost: 127.0.0.1 or ::1), and the literal too.
        foreach (var url in new[] { $"http://localhost:{port}/wp-content/uploads/2024/03/sea.png", server.Upload("sea.png") })
        {
            var hosts = new AttachmentHosts([url], allowInternal: true);
            var result = await downloader.DownloadAsync("demo", new WordPressAttachment("401", url), hosts, CancellationToken.None);

            result.Outcome.Should().Be(AttachmentOutcome.Refused, url);
            result.Reason.Should().Contain("resolves to the local or private address");
        }

        server.RequestsFor("sea.png").Should().Be(0, "no request reached the server");
        (await Library(host).ListAsync("demo")).Should().BeEmpty();
    }

    [Fact]
    public async Task By_default_an_export_naming_a_loopback_site_has_its_attachments_refused_unfetched()
    {
        await using var server = await AttachmentServer.StartAsync();
        await using var host = await StartAsync(allowInternal: false);
        await host.CreateBlogAsync();

        var report = await Importer(host).ImportAsync("demo", new MemoryStream(server.Export()), Download);

        report.Attachments.Should().OnlyContain(a => a.Outcome == AttachmentOutcome.Refused);
        report.Attachments[0].Reason.Should().Contain("local or private address");
        server.RequestsFor("sea.png").Should().Be(0);
        (await Library(host).ListAsync("demo")).Should().BeEmpty();
    }
}
