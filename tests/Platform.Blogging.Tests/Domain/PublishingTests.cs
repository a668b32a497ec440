using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

public sealed class PublishingTests
{
    [Fact]
    public async Task A_post_dated_in_the_future_is_scheduled_and_published_at_its_time_without_any_request()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var due = host.Time.GetUtcNow().AddHours(2);
        await host.Authoring.CreatePostAsync("demo", new PostSource($"---\ntitle: Later\ndate: {due:yyyy-MM-ddTHH:mm:ssK}\n---\nx"));
        (await host.Authoring.GetBlogAsync("demo")).Published.Should().BeEmpty();
        (await StoredStatusAsync(host)).Should().Be(PostStatus.Scheduled);

        host.Time.Advance(TimeSpan.FromHours(2));

        await PublishedByTheSchedulerAsync(host);
        (await host.Authoring.GetBlogAsync("demo")).Published.Should().ContainSingle(p => p.Title == "Later");
    }

    [Fact]
    public async Task A_scheduled_post_is_still_published_when_the_platform_restarted_in_between()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var due = host.Time.GetUtcNow().AddHours(1);
        await host.Authoring.CreatePostAsync("demo", new PostSource($"---\ntitle: After restart\ndate: {due:yyyy-MM-ddTHH:mm:ssK}\n---\nx"));

        await host.RestartAsync();
        host.Time.Advance(TimeSpan.FromHours(1));

        await PublishedByTheSchedulerAsync(host);
    }

    [Fact]
    public async Task Publish_unpublish_and_schedule_change_what_readers_see()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var draft = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Toggle\ndraft: true\n---\nx"));

        var published = await host.Authoring.ChangeStatusAsync("demo", draft.Entry.Id, PostStatusChange.Publish, null, draft.Document.Revision);
        (await host.Authoring.GetBlogAsync("demo")).Published.Should().ContainSingle();
        var unpublished = await host.Authoring.ChangeStatusAsync("demo", draft.Entry.Id, PostStatusChange.Unpublish, null, published.Document.Revision);
        (await host.Authoring.GetBlogAsync("demo")).Published.Should().BeEmpty();
        var scheduled = await host.Authoring.ChangeStatusAsync("demo", draft.Entry.Id, PostStatusChange.Schedule, host.Time.GetUtcNow().AddDays(1), unpublished.Document.Revision);

        scheduled.Entry.Status.Should().Be(PostStatus.Scheduled);
        scheduled.Entry.Permalink.Should().Be(draft.Entry.Permalink, "a status change keeps the post's URL");
    }

    /// <summary>
    /// Waits until the stored post is published, stepping the fake clock one scheduler period per look, so a pass
    /// that was still running when the post fell due is always followed by another. No request is made.
    /// </summary>
    private static Task PublishedByTheSchedulerAsync(BlogHost host) =>
        Eventually.HoldsAsync(
            async () =>
            {
                host.Time.Advance(TimeSpan.FromSeconds(15));
                return await StoredStatusAsync(host) == PostStatus.Published;
            },
            "the scheduler's timer published the post with no request");

    private static async Task<PostStatus?> StoredStatusAsync(BlogHost host)
    {
        var stored = await host.ReadStoredEntriesAsync("demo");
        return stored.SingleOrDefault()?.Status;
    }

}
