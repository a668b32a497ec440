using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Blogging.Partitions;
using Platform.Storage.Sqlite;

namespace Platform.Gateway.Engine;

/// <summary>
/// Lets the blog domain load a grain's many rows in one SQLite query (<see cref="SqliteGrainStorage.ReadPrefixAsync{T}"/>).
/// When the configured storage is not the SQLite provider itself (a decorator that does not scan), it answers null
/// and the rows are read one by one.
/// </summary>
internal sealed class SqliteStateScanner(IServiceProvider services) : IGrainStateScanner
{
    private readonly Lazy<IGrainStorage> _storage = new(() => services.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name));

    public async Task<IReadOnlyList<(string Key, IGrainState<T> State)>?> ScanAsync<T>(string stateName, string grainType, string keyPrefix) =>
        _storage.Value switch
        {
            SqliteGrainStorage sqlite => await sqlite.ReadPrefixAsync<T>(stateName, grainType, keyPrefix),
            IGrainStateScanner scanner => await scanner.ScanAsync<T>(stateName, grainType, keyPrefix),
            _ => null,
        };
}
