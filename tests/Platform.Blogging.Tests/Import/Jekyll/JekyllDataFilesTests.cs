using System.Text;
using Platform.Blogging.Import;
using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

public sealed class JekyllDataFilesTests
{
    private static JekyllSite Site(params (string Path, string Text)[] files) => JekyllSite.From(
        [.. files.Append(("_config.yml", "title: x")).Append(("_posts/2024-01-01-a.md", "a"))
            .Select(f => new ImportSourceFile(f.Item1, Encoding.UTF8.GetByteCount(f.Item2), () => new MemoryStream(Encoding.UTF8.GetBytes(f.Item2))))]);

    [Fact]
    public async Task Yaml_and_json_files_become_site_data_by_folder_and_name()
    {
        var (data, notes) = await JekyllDataFiles.ReadAsync(Site(
            ("_data/authors.yml", "minji:\n  bio: 서울\n"),
            ("_data/team/leads.json", "[{\"name\": \"a\"}, {\"name\": \"b\"}]"),
            ("_data/table.csv", "a,b")));

        notes.Should().BeEmpty();
        data.Keys.Should().BeEquivalentTo("authors", "team");
        var authors = (IReadOnlyDictionary<string, object?>)data["authors"]!;
        ((IReadOnlyDictionary<string, object?>)authors["minji"]!)["bio"].Should().Be("서울");
        var team = (IReadOnlyDictionary<string, object?>)data["team"]!;
        ((IReadOnlyList<object?>)team["leads"]!).Should().HaveCount(2);

        var rendered = JekyllLiquid.Render("{{ site.data.authors.minji.bio }} {{ site.data.team.leads | map: \"name\" | join: \",\" }}", new LiquidContext
        {
            Site = new Dictionary<string, object?> { ["data"] = data },
        });
        rendered.Text.Should().Be("서울 a,b");
    }

    [Fact]
    public async Task Invalid_files_and_alias_bombs_are_left_out_with_a_note()
    {
        const string bomb = """
            a: &a ["x","x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
            """;
        var (data, notes) = await JekyllDataFiles.ReadAsync(Site(("_data/bad.yml", "a: [unclosed"), ("_data/bomb.yml", bomb), ("_data/ok.yml", "k: v")));

        data.Keys.Should().BeEquivalentTo("ok");
        notes.Should().HaveCount(2);
        notes.Should().Contain(n => n.StartsWith("_data/bad.yml", StringComparison.Ordinal)).And.Contain(n => n.StartsWith("_data/bomb.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_data_site_data_stays_a_value_jekyll_builds_and_is_reported()
    {
        var result = JekyllLiquid.Render("{{ site.data.x }}", new LiquidContext());
        result.Text.Should().Be("`{{ site.data.x }}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("site.data");
    }
}
