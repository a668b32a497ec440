using System.Globalization;
using Platform.Gateway.Cli;

namespace Platform.Gateway.Tests.Export;

/// <summary>The <c>export</c> command: its arguments, and a Jekyll folder imported and exported again on a SQLite store.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("platform-export-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(new[] { "--out", "x.zip" }, "--blog NAME is required.")]
    [InlineData(new[] { "--blog", "demo" }, "--out FILE.zip is required.")]
    [InlineData(new[] { "--blog", "demo", "--out", "x.zip", "--url", "ftp://host" }, "--url must be")]
    [InlineData(new[] { "--blog", "demo", "--out", "x.zip", "--url", "/relative" }, "--url must be")]
    [InlineData(new[] { "--blog", "demo", "--out", "x.zip", "--verbose" }, "Unknown argument '--verbose'.")]
    public void Bad_arguments_are_refused_with_a_reason(string[] args, string reason) =>
        ExportArguments.Parse(args).Error.Should().StartWith(reason);

    [Fact]
    public void Arguments_are_read_and_settings_pass_through()
    {
        var parsed = ExportArguments.Parse(["--blog", "demo", "--out", "demo.zip", "--url", "https://blog.example/", "--Storage:Provider=memory"]);
        parsed.Error.Should().BeNull();
        parsed.Blog.Should().Be("demo");
        parsed.Out.Should().Be("demo.zip");
        parsed.Url.Should().Be(new Uri("https://blog.example/"));
        parsed.ConfigurationArgs.Should().Equal("--Storage:Provider=memory");
    }

    [Fact]
    public async Task A_Jekyll_folder_imported_with_the_command_line_exports_back_with_its_drafts()
    {
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(site, "_posts"));
        Directory.CreateDirectory(Path.Combine(site, "_drafts"));
        await File.WriteAllTextAsync(Path.Combine(site, "_posts", "2024-01-05-first.md"), "---\ntitle: 첫 글\ndate: 2024-01-05 10:00:00\ncategories: [일상]\ntags: [a, b]\n---\n본문.\n");
        await File.WriteAllTextAsync(Path.Combine(site, "_drafts", "wip.md"), "---\ntitle: Work in progress\ndate: 2024-02-01 09:00:00\n---\nNot yet.\n");
        string[] settings =
        [
            "--Storage:Provider=sqlite",
            "--Platform:DataPath=" + Path.Combine(_root, "data"),
            "--Cluster:SiloPort=" + FreePort.Next().ToString(CultureInfo.InvariantCulture),
            "--Cluster:GatewayPort=0",
        ];

        (await PlatformCli.TryRunAsync(["import", "jekyll", site, "--blog", "cli", "--create", "--time-zone", "Asia/Seoul", .. settings])).Should().Be(0);
        var zip = Path.Combine(_root, "out", "cli.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        (await PlatformCli.TryRunAsync(["export", "--blog", "cli", "--out", zip, "--url", "https://cli.example", .. settings])).Should().Be(0);

        var exported = ExportZip.Read(await File.ReadAllBytesAsync(zip));
        exported.PostFiles.Keys.Should().BeEquivalentTo("_posts/2024-01-05-first.md", "_drafts/wip.md");
        exported.PostFiles["_drafts/wip.md"].Should().Contain("draft: true").And.Contain("date: 2024-02-01 09:00:00 +09:00").And.EndWith("---\nNot yet.\n");
        exported.PostFiles["_posts/2024-01-05-first.md"].Should().Contain("canonical_url: https://cli.example/%EC%9D%BC%EC%83%81/2024/01/05/first/");
        exported.Files["_config.yml"].Should().Contain("url: https://cli.example").And.Contain("timezone: Asia/Seoul");
        exported.Document.GetProperty("counts").GetProperty("drafts").GetInt32().Should().Be(1);
        File.Exists(zip + ".partial").Should().BeFalse();

        var missing = Path.Combine(_root, "out", "missing.zip");
        (await PlatformCli.TryRunAsync(["export", "--blog", "nosuchblog", "--out", missing, .. settings])).Should().Be(1);
        File.Exists(missing).Should().BeFalse("a failed export leaves no file");
        File.Exists(missing + ".partial").Should().BeFalse();
    }
}
