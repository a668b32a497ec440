using Platform.Actors;
using Platform.Actors.Persistence;

namespace Platform.Storage.Tests.Conformance;

/// <summary>
/// The contract every grain storage provider keeps (after Orleans' storage test kit). Each provider's test class
/// derives from this and supplies two independent instances over the same store (two hosts, two connections).
/// Every test uses fresh grain keys, so the store may be shared between tests.
/// </summary>
public abstract class GrainStorageConformanceTests
{
    private const string StateName = "state";

    /// <summary>The provider under test.</summary>
    protected abstract IRevalidatingGrainStorage Storage { get; }

    /// <summary>A second instance over the same store (another host or process would hold one).</summary>
    protected abstract IRevalidatingGrainStorage OtherStorage { get; }

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
        var state = new GrainState<TestState>(new TestState { Count = 42 }) { ETag = "stale", RecordExists = true };

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
        var written = new GrainState<TestState>(Sample());

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
        var state = new GrainState<TestState>(new TestState());
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
    public async Task A_write_with_a_stale_etag_is_refused_naming_both_etags()
    {
        var id = NewId();
        var first = new GrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, first);
        var stale = await ReadAsync(OtherStorage, id);
        first.State.Count = 2;
        await Storage.WriteStateAsync(StateName, id, first);

        stale.State.Count = 99;
        var act = () => OtherStorage.WriteStateAsync(StateName, id, stale);

        var thrown = (await act.Should().ThrowAsync<InconsistentStateException>()).Which;
        thrown.StoredEtag.Should().Be(first.ETag);
        thrown.CurrentEtag.Should().NotBeNull().And.NotBe(first.ETag);
        stale.State.Count.Should().Be(99, "a refused write leaves the caller's state alone");
        (await ReadAsync(Storage, id)).State.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_first_write_is_refused_when_the_record_already_exists()
    {
        var id = NewId();
        var existing = new GrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, existing);

        var act = () => OtherStorage.WriteStateAsync(StateName, id, new GrainState<TestState>(new TestState { Count = 7 }));

        var thrown = (await act.Should().ThrowAsync<InconsistentStateException>()).Which;
        thrown.StoredEtag.Should().Be(existing.ETag);
        thrown.CurrentEtag.Should().BeNull();
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var id = NewId();
        var seed = new GrainState<TestState>(new TestState());
        await Storage.WriteStateAsync(StateName, id, seed);
        var writers = Enumerable.Range(0, 8).Select(i => new GrainState<TestState>(new TestState { Count = i + 100 }) { ETag = seed.ETag, RecordExists = true }).ToList();

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
        var state = new GrainState<TestState>(Sample());
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
        var state = new GrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, state);
        var oldEtag = state.ETag;
        await Storage.ClearStateAsync(StateName, id, state);

        state.State.Count = 2;
        await Storage.WriteStateAsync(StateName, id, state);
        var act = () => OtherStorage.WriteStateAsync(StateName, id, new GrainState<TestState>(new TestState()) { ETag = oldEtag, RecordExists = true });

        await act.Should().ThrowAsync<InconsistentStateException>();
        (await ReadAsync(OtherStorage, id)).State.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_clear_with_a_stale_etag_is_refused()
    {
        var id = NewId();
        var state = new GrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, state);
        var stale = await ReadAsync(OtherStorage, id);
        await Storage.WriteStateAsync(StateName, id, state);

        var act = () => OtherStorage.ClearStateAsync(StateName, id, stale);

        var thrown = (await act.Should().ThrowAsync<InconsistentStateException>()).Which;
        thrown.StoredEtag.Should().Be(state.ETag);
        (await ReadAsync(Storage, id)).RecordExists.Should().BeTrue();
    }

    [Fact]
    public async Task A_clear_without_etag_is_refused_when_a_record_exists_and_allowed_when_none_does()
    {
        var id = NewId();
        await Storage.ClearStateAsync(StateName, id, new GrainState<TestState>(new TestState()));
        await Storage.WriteStateAsync(StateName, id, new GrainState<TestState>(new TestState { Count = 1 }));

        var act = () => OtherStorage.ClearStateAsync(StateName, id, new GrainState<TestState>(new TestState()));

        await act.Should().ThrowAsync<InconsistentStateException>();
    }

    [Fact]
    public async Task State_names_and_grain_types_are_isolated()
    {
        var key = Guid.NewGuid().ToString("N");
        var a = new GrainId("alpha", key);
        var b = new GrainId("beta", key);
        await Storage.WriteStateAsync("one", a, new GrainState<TestState>(new TestState { Count = 1 }));
        await Storage.WriteStateAsync("two", a, new GrainState<TestState>(new TestState { Count = 2 }));
        await Storage.WriteStateAsync("one", b, new GrainState<TestState>(new TestState { Count = 3 }));

        (await ReadAsync(OtherStorage, a, "one")).State.Count.Should().Be(1);
        (await ReadAsync(OtherStorage, a, "two")).State.Count.Should().Be(2);
        (await ReadAsync(OtherStorage, b, "one")).State.Count.Should().Be(3);
        (await ReadAsync(OtherStorage, b, "two")).RecordExists.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Keys_with_hangul_spaces_slashes_and_500_characters_round_trip(string keySuffix)
    {
        var id = new GrainId("post", Guid.NewGuid().ToString("N")[..8] + "/" + keySuffix);
        var sibling = new GrainId("post", id.Key + "x");
        var state = new GrainState<TestState>(new TestState { Name = id.Key });

        await Storage.WriteStateAsync(StateName, id, state);
        var read = await ReadAsync(OtherStorage, id);
        var other = await ReadAsync(OtherStorage, sibling);

        read.State.Name.Should().Be(id.Key);
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

        await Storage.WriteStateAsync(StateName, id, new GrainState<TestState>(big));
        var read = await ReadAsync(OtherStorage, id);

        read.State.Name.Should().Be(big.Name);
    }

    [Fact]
    public async Task Refresh_of_an_unchanged_state_returns_false_and_keeps_it()
    {
        var id = NewId();
        var state = new GrainState<TestState>(new TestState { Count = 5 });
        await Storage.WriteStateAsync(StateName, id, state);
        var etag = state.ETag;

        var changed = await Storage.RefreshStateAsync(StateName, id, state);

        changed.Should().BeFalse();
        state.ETag.Should().Be(etag);
        state.State.Count.Should().Be(5);
    }

    [Fact]
    public async Task Refresh_after_another_writer_returns_true_with_the_new_state()
    {
        var id = NewId();
        var mine = new GrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, mine);
        var theirs = await ReadAsync(OtherStorage, id);
        theirs.State.Count = 2;
        await OtherStorage.WriteStateAsync(StateName, id, theirs);

        var changed = await Storage.RefreshStateAsync(StateName, id, mine);

        changed.Should().BeTrue();
        mine.State.Count.Should().Be(2);
        mine.ETag.Should().Be(theirs.ETag);
        mine.State.Count = 3;
        await Storage.WriteStateAsync(StateName, id, mine);
    }

    [Fact]
    public async Task Refresh_after_another_writer_cleared_resets_the_state()
    {
        var id = NewId();
        var mine = new GrainState<TestState>(new TestState { Count = 1 });
        await Storage.WriteStateAsync(StateName, id, mine);
        var theirs = await ReadAsync(OtherStorage, id);
        await OtherStorage.ClearStateAsync(StateName, id, theirs);

        var changed = await Storage.RefreshStateAsync(StateName, id, mine);

        changed.Should().BeTrue();
        mine.ETag.Should().BeNull();
        mine.RecordExists.Should().BeFalse();
        mine.State.Count.Should().Be(0);
    }

    [Fact]
    public async Task Refresh_of_a_missing_state_returns_false()
    {
        var state = new GrainState<TestState>(new TestState());

        (await Storage.RefreshStateAsync(StateName, NewId(), state)).Should().BeFalse();
        state.ETag.Should().BeNull();
    }

    protected static GrainId NewId() => new("testgrain", Guid.NewGuid().ToString("N"));

    protected static async Task<GrainState<TestState>> ReadAsync(IGrainStorage storage, GrainId id, string stateName = StateName)
    {
        var state = new GrainState<TestState>(new TestState());
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
