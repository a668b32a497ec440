using Microsoft.Data.Sqlite;

namespace Platform.Gateway.Tests.Upgrade;

/// <summary>A SQLite data folder written by the previous release opens under this one with nothing lost.</summary>
public sealed class SqliteUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-upgrade-sqlite-").FullName;

    [Fact]
    public async Task The_previous_releases_sqlite_file_opens_with_nothing_lost_and_its_layout_is_stamped_once()
    {
        var fixture = UpgradeFixture.Load("sqlite");
        var database = Path.Combine(_folder, "platform.db");
        File.Copy(Path.Combine(fixture.Folder, "platform.db"), database);
        Layouts(database).Should().BeEmpty("the previous release kept no layout table");

        await using (var gateway = Start(database))
        {
            await gateway.CheckNothingWasLostAsync(fixture);
        }

        Layouts(database).Should().ContainSingle().Which.Should().Be((2L, true));
        await using (var again = Start(database))
        {
            using var client = again.CreateClient();
            (await client.GetAsync("/@upgrade/")).IsSuccessStatusCode.Should().BeTrue();
        }

        Layouts(database).Should().ContainSingle("a second start finds layout 2 and changes nothing");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static UpgradedGateway Start(string database) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:Sqlite:Path"] = database,
        ["Platform:SeedDemo"] = "false",
    });

    /// <summary>The recorded layouts, and whether each says it came from layout 1.</summary>
    private static List<(long Layout, bool FromOne)> Layouts(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'platform_schema'";
        if (command.ExecuteScalar() is null)
        {
            return [];
        }

        command.CommandText = "SELECT layout, note FROM platform_schema ORDER BY layout";
        using var reader = command.ExecuteReader();
        var layouts = new List<(long, bool)>();
        while (reader.Read())
        {
            layouts.Add((reader.GetInt64(0), reader.GetString(1).StartsWith("from layout 1", StringComparison.Ordinal)));
        }

        return layouts;
    }
}
