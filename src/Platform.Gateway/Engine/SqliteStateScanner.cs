using Platform.Blogging.Partitions;
using Platform.Storage.Sqlite;

namespace Platform.Gateway.Engine;

/// <summary>Lets the blog domain load a grain's many rows in one SQLite query (<see cref="SqliteGrainStorage.ReadPrefixAsync{T}"/>).</summary>
internal sealed class SqliteStateScanner(SqliteGrainStorage storage) : IGrainStateScanner
{
    public async Task<IReadOnlyList<(string Key, IGrainState<T> State)>?> ScanAsync<T>(string stateName, string grainType, string keyPrefix) =>
        await storage.ReadPrefixAsync<T>(stateName, grainType, keyPrefix);
}
