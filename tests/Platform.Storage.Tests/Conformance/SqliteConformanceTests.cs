using Platform.Actors.Persistence;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Sqlite;

namespace Platform.Storage.Tests.Conformance;

public sealed class SqliteConformanceTests : GrainStorageConformanceTests, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteGrainStorage _storage;
    private readonly SqliteGrainStorage _other;

    public SqliteConformanceTests()
    {
        // Two provider instances with their own connections over one file, as two processes would have.
        // The second's different busy timeout gives it another connection string, hence its own connection pool.
        _storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("platform.db") });
        _other = new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("platform.db"), BusyTimeout = TimeSpan.FromSeconds(6) });
    }

    protected override IRevalidatingGrainStorage Storage => _storage;

    protected override IRevalidatingGrainStorage OtherStorage => _other;

    public void Dispose()
    {
        _storage.Dispose();
        _other.Dispose();
        _directory.Dispose();
    }
}
