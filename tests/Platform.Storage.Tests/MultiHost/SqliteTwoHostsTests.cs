using Microsoft.Data.Sqlite;
using Orleans.Hosting;
using Orleans.Runtime;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Sqlite;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.MultiHost;

public sealed class SqliteTwoHostsTests : TwoHostsTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override void AddStorage(ISiloBuilder silo) =>
        silo.Services.AddSqliteGrainStorage(StorageCluster.ProviderName, new SqliteStorageOptions { Path = _directory.File("shared.db") });

    protected override async Task<string> ReadRawAsync(string stateName, GrainId id)
    {
        await using var connection = new SqliteConnection($"Data Source={_directory.File("shared.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE state_name = $s AND grain_type = $t AND grain_key = $k";
        command.Parameters.AddWithValue("$s", stateName);
        command.Parameters.AddWithValue("$t", id.Type.ToString());
        command.Parameters.AddWithValue("$k", id.Key.ToString());
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _directory.Dispose();
}
