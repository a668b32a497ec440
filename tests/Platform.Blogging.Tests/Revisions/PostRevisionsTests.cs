using Platform.Blogging.Authoring;
using Platform.Blogging.Errors;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Revisions;

public sealed class PostRevisionsTests
{
    private static readonly TimeSpan PastWindow = TimeSpan.FromMinutes(11);

    private static PostSource Source(string body, string title = "History") => new($"---\ntitle: {title}\n---\n{body}");

    [Fact]
    public async Task Each_save_keeps_a_revision_in_rows_of_its_own_not_in_the_post()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var created = await host.Authoring.CreatePostAsync("demo", Source("one"), ownerId: "writer");
        host.Time.Advance(PastWindow);
        var updated = await host.Authoring.UpdatePostAsync("demo", created.Entry.Id, Source("two"), created.Document.Revision, savedBy: "writer");

        var list = await host.Authoring.ListRevisionsAsync("demo", created.Entry.Id);
        list.Select(r => r.Number).Should().Equal(2, 1);
        list[0].PostVersion.Should().Be(updated.Document.Revision);
        list.Should().AllSatisfy(r => { r.By.Should().Be("writer"); r.Reason.Should().Be(RevisionReason.Save); });
        (await host.Authoring.GetRevisionAsync("demo", created.Entry.Id, 1))!.Source.Should().EndWith("\none");

        var key = PostKey.Of("demo", created.Entry.Id);
        var stored = await host.ReadStoredAsync<PostRevisionsState>(PostRevisionsGrain.StateName, PostRevisionsGrain.GrainType, key);
        stored.Items.Should().HaveCount(2);
        var row = await host.ReadStoredAsync<RevisionSourceState>(PostRevisionsGrain.SourceStateName, PostRevisionsGrain.SourceGrainType, PostRevisionsGrain.SourceKey(key, 2));
        row.Source.Should().EndWith("\ntwo");
        var post = await host.ReadStoredAsync<PostState>("post", "post", key);
        post.Content!.Source.Should().EndWith("\ntwo", "the post's own row holds only its current content");
    }

    [Fact]
    public async Task Saves_by_one_writer_within_ten_minutes_share_a_revision_and_others_open_new_ones()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", Source("a"), ownerId: "writer");
        var id = saved.Entry.Id;

        foreach (var body in new[] { "ab", "abc", "abcd" })
        {
            host.Time.Advance(TimeSpan.FromMinutes(3));
            saved = await host.Authoring.UpdatePostAsync("demo", id, Source(body), saved.Document.Revision, savedBy: "writer");
        }

        var list = await host.Authoring.ListRevisionsAsync("demo", id);
        list.Should().ContainSingle("three autosaves within ten minutes of the first coalesce into it");
        list[0].Number.Should().Be(1);
        (await host.Authoring.GetRevisionAsync("demo", id, 1))!.Source.Should().EndWith("\nabcd");

        saved = await host.Authoring.UpdatePostAsync("demo", id, Source("editor's"), saved.Document.Revision, savedBy: "editor");
        host.Time.Advance(TimeSpan.FromMinutes(2));
        saved = await host.Authoring.UpdatePostAsync("demo", id, Source("writer again"), saved.Document.Revision, savedBy: "writer");
        host.Time.Advance(PastWindow);
        await host.Authoring.UpdatePostAsync("demo", id, Source("writer later"), saved.Document.Revision, savedBy: "writer");

        (await host.Authoring.ListRevisionsAsync("demo", id)).Select(r => (r.Number, r.By)).Should()
            .Equal((4L, "writer"), (3L, "writer"), (2L, "editor"), (1L, "writer"));
    }

    [Fact]
    public async Task An_unchanged_save_records_nothing_but_status_changes_always_do()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Same\ndraft: true\n---\nbody"), ownerId: "w");
        host.Time.Advance(PastWindow);
        saved = await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, new PostSource(saved.Document.Content.Source), saved.Document.Revision, savedBy: "w");
        (await host.Authoring.ListRevisionsAsync("demo", saved.Entry.Id)).Should().ContainSingle();

        saved = await host.Authoring.ChangeStatusAsync("demo", saved.Entry.Id, PostStatusChange.Publish, null, saved.Document.Revision, "w");
        await host.Authoring.ChangeStatusAsync("demo", saved.Entry.Id, PostStatusChange.Unpublish, null, saved.Document.Revision, "w");

        (await host.Authoring.ListRevisionsAsync("demo", saved.Entry.Id)).Select(r => r.Reason).Should()
            .Equal(RevisionReason.Unpublish, RevisionReason.Publish, RevisionReason.Save);
    }

    [Fact]
    public async Task Only_the_configured_number_are_kept_and_the_oldest_rows_are_deleted()
    {
        await using var host = await BlogHost.StartAsync(options: o => o.Revisions = 3);
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", Source("v1"), ownerId: "w");
        for (var i = 2; i <= 5; i++)
        {
            host.Time.Advance(PastWindow);
            saved = await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, Source("v" + i), saved.Document.Revision, savedBy: "w");
        }

        var id = saved.Entry.Id;
        (await host.Authoring.ListRevisionsAsync("demo", id)).Select(r => r.Number).Should().Equal(5, 4, 3);
        (await host.Authoring.GetRevisionAsync("demo", id, 2)).Should().BeNull();
        var oldRow = await host.ReadStoredAsync<RevisionSourceState>(PostRevisionsGrain.SourceStateName, PostRevisionsGrain.SourceGrainType, PostRevisionsGrain.SourceKey(PostKey.Of("demo", id), 1));
        oldRow.Source.Should().BeEmpty("a pruned revision's source row is deleted");
    }

    [Fact]
    public async Task Restoring_saves_a_new_version_and_a_new_revision_and_keeps_the_status()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", Source("first", "First title"), ownerId: "w");
        host.Time.Advance(PastWindow);
        saved = await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, Source("second", "Second title"), saved.Document.Revision, savedBy: "w");
        saved = await host.Authoring.ChangeStatusAsync("demo", saved.Entry.Id, PostStatusChange.Unpublish, null, saved.Document.Revision, "w");
        var id = saved.Entry.Id;

        var stale = () => host.Authoring.RestoreRevisionAsync("demo", id, 1, saved.Document.Revision - 1, "w");
        await stale.Should().ThrowAsync<RevisionMismatchException>();
        var restored = await host.Authoring.RestoreRevisionAsync("demo", id, 1, saved.Document.Revision, "editor");

        restored!.Document.Revision.Should().Be(saved.Document.Revision + 1);
        restored.Document.Content.Title.Should().Be("First title");
        restored.Document.Status.Should().Be(PostStatus.Draft, "restoring text never publishes: the post stays a draft");
        var top = (await host.Authoring.ListRevisionsAsync("demo", id))[0];
        (top.Reason, top.RestoredFrom, top.By, top.Number).Should().Be((RevisionReason.Restore, 1L, "editor", 4L));
        (await host.Authoring.RestoreRevisionAsync("demo", id, 99, restored.Document.Revision, "w")).Should().BeNull();
    }

    [Fact]
    public async Task Deleting_a_post_deletes_its_history()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", Source("gone"), ownerId: "w");
        var key = PostKey.Of("demo", saved.Entry.Id);

        await host.Authoring.DeletePostAsync("demo", saved.Entry.Id, null);

        (await host.ReadStoredAsync<PostRevisionsState>(PostRevisionsGrain.StateName, PostRevisionsGrain.GrainType, key)).Items.Should().BeEmpty();
        (await host.ReadStoredAsync<RevisionSourceState>(PostRevisionsGrain.SourceStateName, PostRevisionsGrain.SourceGrainType, PostRevisionsGrain.SourceKey(key, 1))).Source.Should().BeEmpty();
        var list = () => host.Authoring.ListRevisionsAsync("demo", saved.Entry.Id);
        await list.Should().ThrowAsync<PostNotFoundException>();
    }

    [Fact]
    public async Task A_post_stored_by_an_earlier_release_opens_with_no_history_and_starts_one_at_its_next_save()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", Source("old"));
        var key = PostKey.Of("demo", saved.Entry.Id);
        // What an earlier release left: the post's row and no history rows.
        await host.Grains.GetGrain<IPostRevisionsGrain>(key).Clear();
        await host.RestartAsync();

        (await host.Authoring.ListRevisionsAsync("demo", saved.Entry.Id)).Should().BeEmpty();
        (await host.Authoring.GetRevisionAsync("demo", saved.Entry.Id, 1)).Should().BeNull();
        var next = await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, Source("new"), saved.Document.Revision, savedBy: "w");

        next.Document.Content.Source.Should().EndWith("\nnew");
        (await host.Authoring.ListRevisionsAsync("demo", saved.Entry.Id)).Should().ContainSingle().Which.Number.Should().Be(1);
    }

    [Fact]
    public async Task Revisions_can_be_switched_off()
    {
        await using var host = await BlogHost.StartAsync(options: o => o.Revisions = 0);
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", Source("x"), ownerId: "w");

        (await host.Authoring.ListRevisionsAsync("demo", saved.Entry.Id)).Should().BeEmpty();
    }
}
