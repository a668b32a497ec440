using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Conformance;

using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.Sqlite;

public sealed class SqliteFaultTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_database_whose_directory_cannot_be_created_fails_naming_the_file()
    {
        var blocker = _directory.File("not-a-directory");
        await File.WriteAllTextAsync(blocker, "a file where a directory should be");
        var path = Path.Combine(blocker, "data", "platform.db");
        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = path, GrainStorageSerializer = new BloggingStateSerializer() });

        var act = () => storage.WriteStateAsync("s", GrainId.Create("t", "k"), new TestGrainState<TestState>(new TestState()));

        (await act.Should().ThrowAsync<SqliteStorageException>()).Which.Message.Should().Contain(path);
    }

    [Fact]
    public async Task A_file_locked_by_another_writer_fails_after_the_busy_timeout_naming_the_file()
    {
        var path = _directory.File("locked.db");
        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = path, BusyTimeout = TimeSpan.FromMilliseconds(300), GrainStorageSerializer = new BloggingStateSerializer() });
        var id = GrainId.Create("t", "k");
        var state = new TestGrainState<TestState>(new TestState { Count = 1 });
        await storage.WriteStateAsync("s", id, state);
        var etag = state.ETag;

        using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            holder.Open();
            using var transaction = holder.BeginTransaction(deferred: false);
            state.State.Count = 2;
            var act = () => storage.WriteStateAsync("s", id, state);

            var message = (await act.Should().ThrowAsync<SqliteStorageException>()).Which.Message;
            message.Should().Contain(Path.GetFullPath(path)).And.Contain("locked");
            state.ETag.Should().Be(etag);
        }

        await storage.WriteStateAsync("s", id, state);
        state.ETag.Should().NotBe(etag);
    }

    [Fact]
    public async Task A_corrupt_payload_is_reported_not_silently_replaced()
    {
        var path = _directory.File("corrupt.db");
        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = path, GrainStorageSerializer = new BloggingStateSerializer() });
        var id = GrainId.Create("t", "k");
        await storage.WriteStateAsync("s", id, new TestGrainState<TestState>(new TestState()));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE grain_state SET payload = '{not json'";
            command.ExecuteNonQuery();
        }

        var act = () => storage.ReadStateAsync("s", id, new TestGrainState<TestState>(new TestState()));

        await act.Should().ThrowAsync<SqliteStorageException>();
    }

    [Fact]
    public void Options_without_a_path_name_the_configuration_key()
    {
        var act = () => new SqliteStorageOptions().Validate();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Storage:Sqlite:Path*");
    }

    public void Dispose() => _directory.Dispose();
}
