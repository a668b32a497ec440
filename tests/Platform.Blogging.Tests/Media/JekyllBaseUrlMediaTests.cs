using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Import;
using Platform.Blogging.Import.Jekyll;
using Platform.Blogging.Media;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Media;

/// <summary>
/// A Jekyll site served under a <c>baseurl</c> (<c>/blog</c>): its posts write <c>/blog/images/x.png</c> or
/// <c>{{ site.baseurl }}/images/x.png</c> for the site's <c>images/x.png</c>, and the import finds that file.
/// </summary>
public sealed class JekyllBaseUrlMediaTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("jekyll-baseurl-").FullName;
    private readonly byte[] _photo = TestImages.Png(700, 300, shade: 30);
    private readonly byte[] _chart = TestImages.Png(400, 400, shade: 220);

    public JekyllBaseUrlMediaTests()
    {
        Write("_config.yml", "title: Under a path\nurl: https://old.example\nbaseurl: /blog\n");
        Write("_posts/2024-05-01-base.md",
            "---\ntitle: Base\nimage: /blog/images/photo.png\n---\n"
            + "<img src=\"/blog/images/photo.png\" width=\"300\"/>\n\n"
            + "![chart]({{ site.baseurl }}/images/chart.png)\n\n"
            + "![plain](/images/chart.png)\n\n"
            + "![absolute](https://old.example/blog/images/photo.png)\n\n"
            + "![lost](/blog/images/lost.png)\n");
        File.WriteAllBytes(Path.Combine(_site, "images", "photo.png"), _photo);
        File.WriteAllBytes(Path.Combine(_site, "images", "chart.png"), _chart);
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public async Task A_folder_site_under_a_baseurl_brings_its_images_and_links_them()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var report = await host.Importer.ImportFolderAsync("demo", _site);

        await ExpectImagesAsync(host, report);
    }

    [Fact]
    public async Task A_zipped_site_under_a_baseurl_imported_at_a_new_path_brings_its_images_too()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(_site, "*", SearchOption.AllDirectories))
            {
                archive.CreateEntryFromFile(file, "site-main/" + Path.GetRelativePath(_site, file).Replace('\\', '/'));
            }
        }

        zip.Position = 0;
        var options = new JekyllImportOptions { NewUrl = new Uri("http://localhost:5000/@demo") };
        var report = await host.Importer.ImportZipAsync("demo", zip, importOptions: options);

        // `{{ site.baseurl }}` became the new base (/@demo) and the old absolute link /@demo/... as well: both are found.
        await ExpectImagesAsync(host, report);
    }

    private static async Task ExpectImagesAsync(BlogHost host, ImportReport report)
    {
        var items = await host.Silo(0).GetRequiredService<MediaLibrary>().ListAsync("demo");
        items.Should().HaveCount(2);
        var photo = MediaUrls.FullSize(items.Single(i => i.Width == 700));
        var chart = MediaUrls.FullSize(items.Single(i => i.Width == 400));
        report.Media.Where(m => m.Outcome == ImportMediaOutcome.Missing).Select(m => m.Reference).Should().Equal("/blog/images/lost.png");

        var postId = report.Files.Single(f => f.Path.EndsWith("2024-05-01-base.md", StringComparison.Ordinal)).PostId!;
        var post = await host.Authoring.GetPostAsync("demo", postId);
        post.Content.Source.Should().Contain($"image: {photo}")
            .And.Contain($"<img src=\"{photo}\" width=\"300\"/>")
            .And.Contain($"![chart]({chart})")
            .And.Contain($"![plain]({chart})", "the path without the baseurl is still the site's file")
            .And.Contain($"![absolute]({photo})", "a link to the old site under its baseurl is the site's file");
        (await host.Authoring.GetBlogAsync("demo")).All.Single().Image.Should().Be(photo);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Directory.CreateDirectory(Path.Combine(_site, "images"));
        File.WriteAllText(full, text);
    }
}
