using System.IO.Compression;
using System.Text;
using Platform.Blogging.Import;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

public sealed class ImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jekyll-").FullName;

    [Fact]
    public async Task A_posts_folder_imports_with_dates_and_slugs_from_file_names_and_permalinks_kept()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul", pattern: "/:year/:month/:day/:title/");
        Write("_posts/2025-12-17-first-post.md", "---\ntitle: First\n---\nHello");
        Write("_posts/2025-08-26-custom.md", "---\ntitle: Custom\npermalink: /custom/path/\n---\nHi");
        Write("_posts/notes.txt", "not a post");

        var report = await host.Importer.ImportFolderAsync("demo", _folder);

        report.Count(ImportOutcome.Imported).Should().Be(2);
        report.Files.Single(f => f.Path == "_posts/notes.txt").Outcome.Should().Be(ImportOutcome.Skipped);
        report.Files.Single(f => f.Path == "_posts/2025-12-17-first-post.md").Permalink.Should().Be("/2025/12/17/first-post/");
        report.Files.Single(f => f.Path == "_posts/2025-08-26-custom.md").Permalink.Should().Be("/custom/path/");
        var first = (await host.Authoring.GetBlogAsync("demo")).Published.Single(p => p.Title == "First");
        first.Date.Should().Be(new DateTimeOffset(2025, 12, 17, 0, 0, 0, TimeSpan.FromHours(9)));
    }

    [Fact]
    public async Task Importing_again_updates_changed_files_skips_unchanged_ones_and_never_duplicates()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        Write("_posts/2025-01-01-a.md", "---\ntitle: A\n---\nv1");
        Write("_posts/2025-01-02-b.md", "---\ntitle: B\n---\nv1");
        await host.Importer.ImportFolderAsync("demo", _folder);
        Write("_posts/2025-01-02-b.md", "---\ntitle: B\n---\nv2");

        var again = await host.Importer.ImportFolderAsync("demo", _folder);

        again.Files.Select(f => (f.Path, f.Outcome)).Should().BeEquivalentTo([("_posts/2025-01-01-a.md", ImportOutcome.Skipped), ("_posts/2025-01-02-b.md", ImportOutcome.Updated)]);
        (await host.Authoring.GetBlogAsync("demo")).All.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_bad_file_is_reported_with_its_reason_and_the_rest_import()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        Write("_posts/2025-01-01-good.md", "---\ntitle: Good\n---\nok");
        Write("_posts/2025-01-02-bad-date.md", "---\ntitle: Bad\ndate: not a date\n---\nno");
        File.WriteAllBytes(Path.Combine(_folder, "_posts/2025-01-03-binary.md"), [0xff, 0xfe, 0x00, 0xc3, 0x28]);

        var report = await host.Importer.ImportFolderAsync("demo", _folder);

        report.Files.Single(f => f.Path.EndsWith("good.md", StringComparison.Ordinal)).Outcome.Should().Be(ImportOutcome.Imported);
        report.Files.Single(f => f.Path.EndsWith("bad-date.md", StringComparison.Ordinal)).Outcome.Should().Be(ImportOutcome.Failed);
        report.Files.Single(f => f.Path.EndsWith("binary.md", StringComparison.Ordinal)).Outcome.Should().Be(ImportOutcome.Failed);
    }

    [Fact]
    public async Task Invalid_yaml_in_any_post_refuses_the_whole_site_naming_file_and_line_and_imports_nothing()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        Write("_posts/2025-01-01-good.md", "---\ntitle: Good\n---\nok");
        Write("_posts/2025-01-02-bad.md", "---\ntitle: Bad\ntags: [broken\n---\nno");

        var act = () => host.Importer.ImportFolderAsync("demo", _folder);

        var refusal = await act.Should().ThrowAsync<Platform.Blogging.Errors.InvalidInputException>();
        refusal.Which.Message.Should().Contain("_posts/2025-01-02-bad.md").And.Contain("line");
        (await host.Authoring.GetBlogAsync("demo")).All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_zip_of_posts_imports_like_a_folder()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("site/_posts/2024-05-05-zipped.md", "---\ntitle: Zipped\n---\nz"), ("site/README.md", "# readme") })
            {
                await using var entry = archive.CreateEntry(name).Open();
                await entry.WriteAsync(Encoding.UTF8.GetBytes(text));
            }
        }

        zip.Position = 0;
        var report = await host.Importer.ImportZipAsync("demo", zip);

        report.Files.Should().ContainSingle().Which.Outcome.Should().Be(ImportOutcome.Imported);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
