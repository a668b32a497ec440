using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.Conformance;

/// <summary>
/// Orleans' <see cref="IGrainStorage"/> contract as the platform relies on it: a missing state reads as new with no
/// ETag; every write is fenced by the ETag (<see cref="InconsistentStateException"/> otherwise, for a second writer
/// too); a clear removes the state. Each provider's test class derives from this and supplies two independent
/// instances over the same store (two silos, two connections). Every test uses fresh grain keys.
/// </summary>
public abstract class GrainStorageConformanceTests
{
    private const string StateName = "state";

    /// <summary>The provider under test.</summary>
    protected abstract IGrainStorage Storage { get; }

    /// <summary>A second instance over the same store (another host or process would hold one).</summary>
    protected abstract IGrainStorage OtherStorage { get; }

    /// <summary>
    /// Whether a clear that holds no ETag is refused when a record exists. The platform's grains always clear with
    /// the ETag they read, so either answer is safe for them; the suite pins down which one each provider gives.
    /// </summary>
    protected virtual bool FencesClearWithoutEtag => true;

    public static TheoryData<string> AwkwardKeys => new()
    {
        "한글-블로그/첫 번째 글",
        "key with spaces",
        "slashes/in/the/key",
        "trailing.dot.",
        "dots/../and/./segments",
        "percent%20and?query#hash&amp+plus",
        new string('가', 120) + "/" + new string('k', 379),
    };

    [Fact]
    public async Task Reading_a_missing_state_gives_a_new_state_without_etag()
    {
        var state = new TestGrainState<TestState>(new TestState { Count = 42 }) { ETag = "stale", RecordExists = true };

        await Storage.ReadStateAsync(StateName, NewId(), state);

        state.State.Should().NotBeNull();
        state.State.Count.Should().Be(0);
        state.ETag.Should().BeNull();
        state.RecordExists.Should().BeFalse();
    }

    [Fact]
    public async Task A_written_state_reads_back_equal_with_its_etag()
    {
        var id = NewId();
        var written = new TestGrainState<TestState>(Sample());

        await Storage.WriteStateAsync(StateName, id, written);
        var read = await ReadAsync(OtherStorage, id);

        written.ETag.Should().NotBeNullOrEmpty();
        written.RecordExists.Should().BeTrue();
        read.ETag.Should().Be(written.ETag);
        read.RecordExists.Should().BeTrue();
        read.State.Should().BeEquivalentTo(Sample());
        read.State.When.Offset.Should().Be(TimeSpan.FromHours(9));
        read.State.Items[1].At.Offset.Should().Be(TimeSpan.FromHours(-5));
        read.State.Note.Should().BeNull();
        read.State.Featured.Should().BeNull();
    }

    [Fact]
    public async Task Every_write_changes_the_etag()
    {
        var id = NewId();
        var state = new TestGrainState<TestState>(new TestState());
        var etags = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            state.State.Count = i;
            await Storage.WriteStateAsync(StateName, id, state);
            etags.Add(state.ETag);
        }

        etags.Should().OnlyHaveUniqueItems().And.NotContainNulls();
        (await ReadAsync(Storage, id)).State.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_the_stored_state_stays()
    {
        var id = NewId();
        var first = new TestGrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, first);
        var stale = await ReadAsync(OtherStorage, id);
        first.State.Count = 2;
        await Storage.WriteStateAsync(StateName, id, first);

        stale.State.Count = 99;
        var act = () => OtherStorage.WriteStateAsync(StateName, id, stale);

        await act.Should().ThrowAsync<InconsistentStateException>();
        stale.State.Count.Should().Be(99, "a refused write leaves the caller's state alone");
        (await ReadAsync(Storage, id)).State.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_first_write_is_refused_when_the_record_already_exists()
    {
        var id = NewId();
        var existing = new TestGrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, existing);

        var act = () => OtherStorage.WriteStateAsync(StateName, id, new TestGrainState<TestState>(new TestState { Count = 7 }));

        await act.Should().ThrowAsync<InconsistentStateException>();
        (await ReadAsync(Storage, id)).State.Count.Should().Be(1);
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var id = NewId();
        var seed = new TestGrainState<TestState>(new TestState());
        await Storage.WriteStateAsync(StateName, id, seed);
        var writers = Enumerable.Range(0, 8).Select(i => new TestGrainState<TestState>(new TestState { Count = i + 100 }) { ETag = seed.ETag, RecordExists = true }).ToList();

        var outcomes = await Task.WhenAll(writers.Select(async (w, i) =>
        {
            try
            {
                await (i % 2 == 0 ? Storage : OtherStorage).WriteStateAsync(StateName, id, w);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        outcomes.Count(won => won).Should().Be(1);
        var winner = writers[Array.IndexOf(outcomes, true)];
        var stored = await ReadAsync(Storage, id);
        stored.State.Count.Should().Be(winner.State.Count);
        stored.ETag.Should().Be(winner.ETag);
    }

    [Fact]
    public async Task A_cleared_state_reads_as_missing()
    {
        var id = NewId();
        var state = new TestGrainState<TestState>(Sample());
        await Storage.WriteStateAsync(StateName, id, state);

        await Storage.ClearStateAsync(StateName, id, state);
        var read = await ReadAsync(OtherStorage, id);

        state.ETag.Should().BeNull();
        state.RecordExists.Should().BeFalse();
        read.ETag.Should().BeNull();
        read.RecordExists.Should().BeFalse();
        read.State.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_cleared_state_can_be_written_again_and_old_etags_stay_refused()
    {
        var id = NewId();
        var state = new TestGrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, state);
        var oldEtag = state.ETag;
        await Storage.ClearStateAsync(StateName, id, state);

        state.State.Count = 2;
        await Storage.WriteStateAsync(StateName, id, state);
        var act = () => OtherStorage.WriteStateAsync(StateName, id, new TestGrainState<TestState>(new TestState()) { ETag = oldEtag, RecordExists = true });

        await act.Should().ThrowAsync<InconsistentStateException>();
        (await ReadAsync(OtherStorage, id)).State.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_clear_with_a_stale_etag_is_refused()
    {
        var id = NewId();
        var state = new TestGrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, state);
        var stale = await ReadAsync(OtherStorage, id);
        await Storage.WriteStateAsync(StateName, id, state);

        var act = () => OtherStorage.ClearStateAsync(StateName, id, stale);

        await act.Should().ThrowAsync<InconsistentStateException>();
        (await ReadAsync(Storage, id)).RecordExists.Should().BeTrue();
    }

    [Fact]
    public async Task A_clear_without_etag_of_a_missing_state_stores_nothing_and_of_an_existing_one_is_fenced_where_the_provider_fences_it()
    {
        var id = NewId();
        var nothing = new TestGrainState<TestState>(new TestState { Count = 5 });
        await Storage.ClearStateAsync(StateName, id, nothing);
        nothing.ETag.Should().BeNull();
        nothing.RecordExists.Should().BeFalse();
        (await ReadAsync(OtherStorage, id)).RecordExists.Should().BeFalse("clearing a missing state stores nothing");
        await Storage.WriteStateAsync(StateName, id, new TestGrainState<TestState>(new TestState { Count = 1 }));

        var act = () => OtherStorage.ClearStateAsync(StateName, id, new TestGrainState<TestState>(new TestState()));

        if (FencesClearWithoutEtag)
        {
            await act.Should().ThrowAsync<InconsistentStateException>();
            (await ReadAsync(Storage, id)).State.Count.Should().Be(1, "the refused clear left the record");
        }
        else
        {
            await act.Should().NotThrowAsync();
            (await ReadAsync(Storage, id)).RecordExists.Should().BeFalse("this provider clears whatever is stored");
        }
    }

    [Fact]
    public async Task State_names_and_grain_types_are_isolated()
    {
        var key = Guid.NewGuid().ToString("N");
        var a = GrainId.Create("alpha", key);
        var b = GrainId.Create("beta", key);
        await Storage.WriteStateAsync("one", a, new TestGrainState<TestState>(new TestState { Count = 1 }));
        await Storage.WriteStateAsync("two", a, new TestGrainState<TestState>(new TestState { Count = 2 }));
        await Storage.WriteStateAsync("one", b, new TestGrainState<TestState>(new TestState { Count = 3 }));

        (await ReadAsync(OtherStorage, a, "one")).State.Count.Should().Be(1);
        (await ReadAsync(OtherStorage, a, "two")).State.Count.Should().Be(2);
        (await ReadAsync(OtherStorage, b, "one")).State.Count.Should().Be(3);
        (await ReadAsync(OtherStorage, b, "two")).RecordExists.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Keys_with_hangul_spaces_slashes_and_500_characters_round_trip(string keySuffix)
    {
        var key = Guid.NewGuid().ToString("N")[..8] + "/" + keySuffix;
        var id = GrainId.Create("post", key);
        var sibling = GrainId.Create("post", key + "x");
        var state = new TestGrainState<TestState>(new TestState { Name = key });

        await Storage.WriteStateAsync(StateName, id, state);
        var read = await ReadAsync(OtherStorage, id);
        var other = await ReadAsync(OtherStorage, sibling);

        read.State.Name.Should().Be(key);
        read.ETag.Should().Be(state.ETag);
        other.RecordExists.Should().BeFalse();
        await OtherStorage.ClearStateAsync(StateName, id, read);
        (await ReadAsync(Storage, id)).RecordExists.Should().BeFalse();
    }

    [Fact]
    public async Task A_one_megabyte_state_round_trips()
    {
        var id = NewId();
        var big = new TestState { Name = string.Concat(Enumerable.Repeat("상태 state ", (1024 * 1024 / 13) + 1)) };
        System.Text.Encoding.UTF8.GetByteCount(big.Name).Should().BeGreaterThanOrEqualTo(1024 * 1024);

        await Storage.WriteStateAsync(StateName, id, new TestGrainState<TestState>(big));
        var read = await ReadAsync(OtherStorage, id);

        read.State.Name.Should().Be(big.Name);
    }

    protected static GrainId NewId() => GrainId.Create("testgrain", Guid.NewGuid().ToString("N"));

    protected static async Task<TestGrainState<TestState>> ReadAsync(IGrainStorage storage, GrainId id, string stateName = StateName)
    {
        var state = new TestGrainState<TestState>(new TestState());
        await storage.ReadStateAsync(stateName, id, state);
        return state;
    }

    private static TestState Sample() => new()
    {
        Name = "첫 글 \"quoted\" <b>html</b> \u00e9",
        Count = 3,
        When = new DateTimeOffset(2026, 11, 23, 9, 30, 15, 123, TimeSpan.FromHours(9)),
        Tags = new() { ["dotnet"] = 2, ["한국어"] = 1, [""] = 0 },
        Items =
        [
            new("one", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), 1.50m, null),
            new("two", new DateTimeOffset(2021, 6, 1, 12, 0, 0, TimeSpan.FromHours(-5)), 0.1m, "sub"),
        ],
        Note = null,
        Featured = null,
    };
}
