using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Sqlite;

namespace Platform.Storage.Tests.Conformance;

/// <summary>The platform's own SQLite provider: two instances with their own connections over one file, as two processes would have.</summary>
public sealed class SqliteConformanceTests : GrainStorageConformanceTests, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteGrainStorage _storage;
    private readonly SqliteGrainStorage _other;

    public SqliteConformanceTests()
    {
        // The second's different busy timeout gives it another connection string, hence its own connection pool.
        _storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("platform.db"), GrainStorageSerializer = new BloggingStateSerializer() });
        _other = new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("platform.db"), BusyTimeout = TimeSpan.FromSeconds(6), GrainStorageSerializer = new BloggingStateSerializer() });
    }

    protected override IGrainStorage Storage => _storage;

    protected override IGrainStorage OtherStorage => _other;

    public void Dispose()
    {
        _storage.Dispose();
        _other.Dispose();
        _directory.Dispose();
    }
}
