using Platform.Actors.Hosting;
using Platform.Actors.Persistence;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Sqlite;

namespace Platform.Storage.Tests.MultiHost;

public sealed class SqliteTwoHostsTests : TwoHostsTests, IDisposable
{
    private readonly TempDirectory _directory = new();
    private SqliteGrainStorage? _reader;

    protected override void AddStorage(ActorRuntimeBuilder builder) =>
        builder.AddSqliteGrainStorage(CounterGrain.StorageName, o => o.Path = _directory.File("shared.db"));

    protected override IGrainStorage OpenStore() =>
        _reader ??= new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("shared.db"), BusyTimeout = TimeSpan.FromSeconds(7) });

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }
}
