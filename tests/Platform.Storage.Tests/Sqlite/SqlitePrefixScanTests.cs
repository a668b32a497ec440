using Orleans.Runtime;
using Platform.Blogging.Hosting;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Conformance;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.Sqlite;

public sealed class SqlitePrefixScanTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_prefix_scan_returns_exactly_the_rows_under_the_prefix_with_their_etags()
    {
        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("scan.db"), GrainStorageSerializer = new BloggingStateSerializer() });
        var written = new Dictionary<string, string?>();
        foreach (var key in new[] { "a/1", "a/2", "a/10", "ab/1", "a0", "a", "b/1" })
        {
            var state = new TestGrainState<TestState>(new TestState { Name = key, Count = key.Length });
            await storage.WriteStateAsync("index", GrainId.Create("blogindex", key), state);
            written[key] = state.ETag;
        }

        await storage.WriteStateAsync("other", GrainId.Create("blogindex", "a/3"), new TestGrainState<TestState>(new TestState()));
        await storage.WriteStateAsync("index", GrainId.Create("elsewhere", "a/4"), new TestGrainState<TestState>(new TestState()));

        var rows = await storage.ReadPrefixAsync<TestState>("index", "blogindex", "a/");

        rows.Select(r => r.Key).Should().BeEquivalentTo(["a/1", "a/2", "a/10"], "'ab/1', 'a0' and 'a' are other blogs' keys");
        rows.Should().AllSatisfy(r =>
        {
            r.State.State!.Name.Should().Be(r.Key);
            r.State.ETag.Should().Be(written[r.Key]);
            r.State.RecordExists.Should().BeTrue();
        });
        (await storage.ReadPrefixAsync<TestState>("index", "blogindex", "z/")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_row_read_by_a_scan_can_be_written_back_with_its_etag()
    {
        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = _directory.File("scan.db"), GrainStorageSerializer = new BloggingStateSerializer() });
        await storage.WriteStateAsync("index", GrainId.Create("blogindex", "a/1"), new TestGrainState<TestState>(new TestState { Count = 1 }));

        var row = (await storage.ReadPrefixAsync<TestState>("index", "blogindex", "a/")).Single();
        row.State.State!.Count = 2;
        await storage.WriteStateAsync("index", GrainId.Create("blogindex", "a/1"), row.State);

        var read = new TestGrainState<TestState>(new TestState());
        await storage.ReadStateAsync("index", GrainId.Create("blogindex", "a/1"), read);
        read.State.Count.Should().Be(2);
    }

    public void Dispose() => _directory.Dispose();
}
