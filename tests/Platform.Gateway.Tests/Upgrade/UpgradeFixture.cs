using System.Text.Json;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Upgrade;

/// <summary>
/// The data the previous release (the stand-in runtime, commit 7b6acaf) wrote, kept in <c>tests/Fixtures/upgrade-v1</c>
/// with the script that made it: a SQLite file, a dump of an Azure Blob container, and what the script did
/// (tokens, post ids, revisions, views, likes, the custom domain) in <c>expected.json</c>.
/// </summary>
public sealed record UpgradeFixture(
    string Folder,
    string Owner,
    string Editor,
    string Author,
    string Contributor,
    string Revoked,
    string First,
    string ByAuthor,
    string Draft,
    string Later,
    string FirstPath,
    long FirstRevision,
    long FirstViews,
    long FirstLikes,
    string CustomDomain)
{
    public static UpgradeFixture Load(string provider)
    {
        var folder = Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", "upgrade-v1", provider);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var root = json.RootElement;
        string Text(params string[] path) => path.Aggregate(root, (e, p) => e.GetProperty(p)).GetString()!;
        return new UpgradeFixture(
            folder,
            Text("tokens", "owner"),
            Text("tokens", "editor"),
            Text("tokens", "author"),
            Text("tokens", "contributor"),
            Text("tokens", "revoked"),
            Text("posts", "first"),
            Text("posts", "byAuthor"),
            Text("posts", "draft"),
            Text("posts", "later"),
            Text("firstPath"),
            root.GetProperty("firstRevision").GetInt64(),
            root.GetProperty("firstViews").GetInt64(),
            root.GetProperty("firstLikes").GetInt64(),
            Text("customDomain"));
    }

    /// <summary>The permalink the first post had before its third revision renamed it (it must answer 301 now).</summary>
    public string FormerFirstPath => FirstPath.Replace("renamed-post", "first-post", StringComparison.Ordinal);
}
