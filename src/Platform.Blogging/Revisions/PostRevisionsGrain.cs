using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Blogging.Partitions;

namespace Platform.Blogging.Revisions;

/// <summary>
/// A post's history. The list (numbers, times, authors, reasons) is this grain's state; each revision's source is a
/// row of its own written once, so a save writes one source row and the small list, never the whole history. The
/// post's own state does not grow. Rules (as Ghost's): a save opens a new revision unless the last revision is a
/// save by the same writer started less than <see cref="CoalesceWindow"/> ago, which it then rewrites (autosaves
/// every few seconds make one revision per ten minutes); publish, unpublish, schedule and restore always open a new
/// one; a save whose source equals the last revision's records nothing. Past <c>Blogging:Revisions</c> the oldest
/// are dropped with their rows.
/// </summary>
[GrainType(PostRevisionsGrain.GrainType)]
internal sealed class PostRevisionsGrain(
    [PersistentState(PostRevisionsGrain.StateName, BloggingStorage.Name)] IPersistentState<PostRevisionsState> state,
    IOptions<BloggingOptions> options,
    TimeProvider time) : Grain, IPostRevisionsGrain
{
    /// <summary>The grain type (and the first part of the list's storage key).</summary>
    public const string GrainType = "postrevisions";

    /// <summary>The list's state name.</summary>
    public const string StateName = "revisions";

    /// <summary>The grain type the source rows are stored under (no grain class: this grain writes them).</summary>
    public const string SourceGrainType = "postrevision";

    /// <summary>The source rows' state name.</summary>
    public const string SourceStateName = "revision";

    /// <summary>Saves by one writer within this time of a revision's start rewrite it rather than open a new one.</summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMinutes(10);

    private PartitionStore<RevisionSourceState>? _sources;

    private PartitionStore<RevisionSourceState> Sources => _sources ??=
        new(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name), null, SourceStateName, SourceGrainType);

    /// <summary>The storage key of a revision's source row.</summary>
    public static string SourceKey(string postKey, long number) => postKey + "/" + number.ToString(CultureInfo.InvariantCulture);

    public Task<IReadOnlyList<PostRevisionInfo>> List() =>
        Task.FromResult<IReadOnlyList<PostRevisionInfo>>([.. Enumerable.Reverse(state.State.Items)]);

    public async Task<PostRevision?> Find(long number)
    {
        var info = state.State.Items.Find(i => i.Number == number);
        if (info is null)
        {
            return null;
        }

        var row = await Sources.ReadAsync(SourceKey(this.GetPrimaryKeyString(), number));
        return new PostRevision(info, row.State.Source);
    }

    public async Task<PostRevisionInfo?> Record(RevisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var limit = options.Value.Revisions;
        if (limit == 0)
        {
            return null;
        }

        var items = state.State.Items;
        var last = items.Count > 0 ? items[^1] : null;
        var digest = Digest(record.Source);
        if (record.Reason == RevisionReason.Save && last is not null && last.Digest == digest)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var coalesce = record.Reason == RevisionReason.Save && last is { Reason: RevisionReason.Save }
            && string.Equals(last.By, record.By, StringComparison.Ordinal) && now - last.StartedAt < CoalesceWindow;
        var number = coalesce ? last!.Number : state.State.LastNumber + 1;
        var info = new PostRevisionInfo
        {
            Number = number,
            At = now,
            StartedAt = coalesce ? last!.StartedAt : now,
            By = record.By,
            Reason = record.Reason,
            Title = record.Title,
            PostVersion = record.PostVersion,
            Length = record.Source.Length,
            Digest = digest,
            RestoredFrom = record.RestoredFrom,
        };

        // The source row first: a crash before the list is written leaves a row the next revision of that number
        // overwrites, never a listed revision without its source.
        var row = await Sources.ReadAsync(SourceKey(this.GetPrimaryKeyString(), number));
        row.State.Source = record.Source;
        await Sources.WriteAsync(row);

        var before = (state.State.LastNumber, Items: items.ToList());
        if (coalesce)
        {
            items[^1] = info;
        }
        else
        {
            items.Add(info);
            state.State.LastNumber = number;
        }

        var pruned = items.Count > limit ? items.GetRange(0, items.Count - limit) : [];
        items.RemoveRange(0, pruned.Count);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            (state.State.LastNumber, state.State.Items) = before;
            throw;
        }

        foreach (var old in pruned)
        {
            await ClearSourceAsync(old.Number);
        }

        return info;
    }

    public async Task Clear()
    {
        foreach (var item in state.State.Items)
        {
            await ClearSourceAsync(item.Number);
        }

        await state.ClearStateAsync();
        state.State = new PostRevisionsState();
    }

    private async Task ClearSourceAsync(long number)
    {
        var row = await Sources.ReadAsync(SourceKey(this.GetPrimaryKeyString(), number));
        if (row.Stored.RecordExists || row.Stored.ETag is not null)
        {
            await Sources.ClearAsync(row);
        }
    }

    private static string Digest(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
