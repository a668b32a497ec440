using System.Globalization;
using System.IO.Compression;
using Platform.Gateway.Cli;
using Platform.Gateway.Tests.Export;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Cli;

/// <summary><c>import jekyll</c> on the command line: its own options, and the fixture site imported from a zip on a SQLite store.</summary>
public sealed class JekyllImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("platform-jekyll-cli-").FullName;

    private static string SitePath => Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", "jekyll-site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Url_and_apply_config_are_taken_and_the_rest_passed_on()
    {
        var (rest, options, error) = JekyllCliOptions.Take(["--blog", "b", "--url", "https://notes.example/@b", "--apply-config", "--Storage:Provider=memory"]);
        error.Should().BeNull();
        rest.Should().Equal("--blog", "b", "--Storage:Provider=memory");
        options.NewUrl.Should().Be(new Uri("https://notes.example/@b"));
        options.ApplyConfig.Should().BeTrue();
    }

    [Theory]
    [InlineData("ftp://x")]
    [InlineData("/relative")]
    [InlineData("https://x.example/?q=1")]
    public void A_url_that_is_not_an_http_address_is_refused(string url) =>
        JekyllCliOptions.Take(["--url", url]).Error.Should().StartWith("--url needs");

    [Fact]
    public async Task The_fixture_site_imports_from_a_zip_and_a_bad_zip_imports_nothing()
    {
        var zip = Path.Combine(_root, "site.zip");
        ZipFile.CreateFromDirectory(SitePath, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        string[] settings =
        [
            "--Storage:Provider=sqlite",
            "--Platform:DataPath=" + Path.Combine(_root, "data"),
            "--Cluster:SiloPort=" + FreePort.Next().ToString(CultureInfo.InvariantCulture),
            "--Cluster:GatewayPort=0",
        ];

        // One post's Liquid is reported (an include), which is not a failure: the exit code is 0.
        (await PlatformCli.TryRunAsync(["import", "jekyll", zip, "--blog", "haneul", "--create", "--url", "https://haneul.example", .. settings])).Should().Be(0);

        var bad = Path.Combine(_root, "bad.zip");
        using (var archive = ZipFile.Open(bad, ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("../escape.md").Open();
            entry.Write("x"u8);
        }

        (await PlatformCli.TryRunAsync(["import", "jekyll", bad, "--blog", "haneul", .. settings])).Should().Be(1);

        var export = Path.Combine(_root, "out.zip");
        (await PlatformCli.TryRunAsync(["export", "--blog", "haneul", "--out", export, "--url", "https://haneul.example", .. settings])).Should().Be(0);
        var exported = ExportZip.Read(await File.ReadAllBytesAsync(export));
        exported.Files["_config.yml"].Should().Contain("하늘 노트").And.Contain("timezone: Asia/Seoul");
        exported.PostFiles.Keys.Should().BeEquivalentTo(
            "_posts/2024-02-10-first.md", "_posts/2024-03-01-seoul-spring.md", "_posts/2024-04-01-includes.md", "_drafts/next-trip.md");
        exported.PostFiles["_posts/2024-03-01-seoul-spring.md"].Should().Contain("(https://haneul.example/2024/02/10/first)").And.Contain("```ruby");
        exported.PostFiles["_drafts/next-trip.md"].Should().Contain("(https://haneul.example/)");
    }
}
