using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Import;
using Platform.Blogging.Media;
using Platform.Blogging.Tests.Support;
using Platform.Testing.Azurite;

namespace Platform.Blogging.Tests.Media;

/// <summary>The fixture site <c>tests/Fixtures/jekyll-site-images</c> imported with its images (issue 13, item 3).</summary>
public sealed class JekyllMediaImportTests
{
    private static readonly string Site = Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", "jekyll-site-images");

    [Fact]
    public async Task The_posts_local_images_become_media_and_their_links_point_at_the_served_urls()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var report = await host.Importer.ImportFolderAsync("demo", Site);

        var library = host.Silo(0).GetRequiredService<MediaLibrary>();
        var items = await library.ListAsync("demo");
        items.Select(i => i.OriginalName).Should().BeEquivalentTo(["reading-list.png", "cover.jpg", "diagram.png"]);
        var reading = items.Single(i => i.OriginalName == "reading-list.png");
        var cover = items.Single(i => i.OriginalName == "cover.jpg");
        var diagram = items.Single(i => i.OriginalName == "diagram.png");
        reading.Uploader.Should().Be(MediaLibrary.ImportUploader);

        var postId = report.Files.Single(f => f.Path.EndsWith("weekly-reading.md", StringComparison.Ordinal)).PostId!;
        var post = await host.Authoring.GetPostAsync("demo", postId);
        var source = post.Content.Source;
        source.Should().Contain($"<img src=\"{MediaUrls.FullSize(reading)}\" width=\"450\"/>");
        source.Should().Contain($"image: {MediaUrls.FullSize(cover)}");
        source.Should().Contain($"![diagram]({MediaUrls.FullSize(diagram)} \"the pipeline\")");
        source.Should().Contain("https://example.com/remote.png").And.Contain("(/about/)").And.Contain("(/files/site.zip)");
        post.Content.Html.Should().Contain($"srcset=\"/media/{reading.Id}/600w.png 600w, /media/{reading.Id}/1000w.png 1000w, /media/{reading.Id}/1200w.png 1200w\"");

        var draftId = report.Files.Single(f => f.Path.EndsWith("coming-soon.md", StringComparison.Ordinal)).PostId!;
        (await host.Authoring.GetPostAsync("demo", draftId)).Content.Source.Should().Contain($"![again]({MediaUrls.FullSize(reading)})", "the same file is the same item");
    }

    [Fact]
    public async Task A_missing_or_refused_file_is_reported_by_name_with_the_post_and_its_link_left_alone()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var report = await host.Importer.ImportFolderAsync("demo", Site);

        var missing = report.Media.Single(m => m.Outcome == ImportMediaOutcome.Missing);
        missing.Reference.Should().Be("/images/missing/logo.png");
        missing.PostPath.Should().EndWith("2024-03-04-weekly-reading.md");
        var refused = report.Media.Single(m => m.Outcome == ImportMediaOutcome.Rejected);
        refused.Reference.Should().Be("/images/post/not-really.png");
        refused.Reason.Should().Contain("not a JPEG, PNG, GIF or WebP");
        report.Media.Count(m => m.Outcome == ImportMediaOutcome.Stored).Should().Be(4);

        var postId = report.Files.Single(f => f.Path.EndsWith("weekly-reading.md", StringComparison.Ordinal)).PostId!;
        var source = (await host.Authoring.GetPostAsync("demo", postId)).Content.Source;
        source.Should().Contain("![logo](/images/missing/logo.png)").And.Contain("![fake](/images/post/not-really.png)");
    }

    [Fact]
    public async Task Importing_the_same_site_again_changes_nothing_and_adds_no_media()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var first = await host.Importer.ImportFolderAsync("demo", Site);
        var library = host.Silo(0).GetRequiredService<MediaLibrary>();
        var before = await library.ListAsync("demo");

        var second = await host.Importer.ImportFolderAsync("demo", Site);

        second.Count(ImportOutcome.Skipped).Should().Be(first.Count(ImportOutcome.Skipped) + first.Count(ImportOutcome.Imported), "every post is unchanged");
        (await library.ListAsync("demo")).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task A_zipped_site_in_a_folder_brings_its_images_too()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories))
            {
                archive.CreateEntryFromFile(file, "my-site/" + Path.GetRelativePath(Site, file).Replace('\\', '/'));
            }
        }

        zip.Position = 0;
        var report = await host.Importer.ImportZipAsync("demo", zip);

        // `{{ site.baseurl }}/images/…` is resolved by the Liquid pass first (no baseurl here), so it reads as the plain path.
        report.Media.Where(m => m.Outcome == ImportMediaOutcome.Stored).Select(m => m.Reference).Should()
            .BeEquivalentTo(["/images/post/reading-list.png", "/assets/img/cover.jpg", "diagram.png", "/images/post/reading-list.png"]);
        (await host.Silo(0).GetRequiredService<MediaLibrary>().ListAsync("demo")).Should().HaveCount(3);
    }

    [Fact]
    public async Task A_reference_that_climbs_out_of_the_site_is_never_read()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var folder = Directory.CreateTempSubdirectory("jekyll-escape-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "site", "_posts"));
            File.WriteAllBytes(Path.Combine(folder, "secret.png"), TestImages.Png(20, 20));
            File.WriteAllText(Path.Combine(folder, "site", "_posts", "2024-01-01-escape.md"), "---\ntitle: Escape\n---\n![a](../../secret.png)\n![b](/../secret.png)\n");

            var report = await host.Importer.ImportFolderAsync("demo", Path.Combine(folder, "site"));

            report.Media.Should().HaveCount(2).And.OnlyContain(m => m.Outcome == ImportMediaOutcome.Missing);
            (await host.Silo(0).GetRequiredService<MediaLibrary>().ListAsync("demo")).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
