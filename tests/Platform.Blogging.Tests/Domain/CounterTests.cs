using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Counters;
using Platform.Blogging.Posts;
using Platform.Blogging.Tags;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

public sealed class CounterTests
{
    [Fact]
    public async Task Concurrent_views_are_counted_exactly_and_rolled_up_to_the_blog_and_its_tags()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var a = await CreateAsync(host, "A", "x");
        var b = await CreateAsync(host, "B", "x");

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() => View(host, i % 5 == 0 ? b : a))));
        host.Time.Advance(TimeSpan.FromSeconds(6));
        await EventuallyAsync(async () => (await Analytics(host)).TotalViews == 500, "the flush rolled everything up");

        var analytics = await Analytics(host);
        analytics.TopPosts.Select(p => (p.Title, p.Views)).Should().Equal(("A", 400L), ("B", 100L));
        analytics.Days.Sum(d => d.Views).Should().Be(500, "the per-day buckets add up to the blog total");
        (await host.Grains.GetGrain<ITagGrain>(TagKey.Of("demo", "x")).GetView()).Views.Should().Be(500);
    }

    [Fact]
    public async Task A_view_costs_no_storage_write_until_the_flush()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Quiet", "t");
        var before = await StoredViewsAsync(host, post);

        for (var i = 0; i < 50; i++)
        {
            await View(host, post);
        }

        (await StoredViewsAsync(host, post)).Should().Be(before);
        (await host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post)).View(false))!.Views.Should().Be(50, "readers see views not yet written");
    }

    [Fact]
    public async Task After_a_graceful_stop_the_stored_counts_equal_the_views_recorded()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Counted", "t");
        await Task.WhenAll(Enumerable.Range(0, 123).Select(_ => Task.Run(() => View(host, post))));

        await host.RestartAsync();

        (await StoredViewsAsync(host, post)).Should().Be(123);
        (await Analytics(host)).TotalViews.Should().Be(123);
        (await host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post)).View(true))!.Views.Should().Be(124);
    }

    [Fact]
    public async Task After_a_crash_at_most_the_views_of_one_flush_window_are_lost()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Crashy", "t");
        for (var i = 0; i < 10; i++)
        {
            await View(host, post);
        }

        host.Time.Advance(TimeSpan.FromSeconds(6));
        await EventuallyAsync(async () => await StoredViewsAsync(host, post) == 10, "the first window was flushed");
        for (var i = 0; i < 5; i++)
        {
            await View(host, post);
        }

        await host.CrashAndRestartAsync();

        (await host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post)).View(false))!.Views.Should().Be(10, "only the last, unflushed window was lost");
    }

    [Fact]
    public async Task Two_nodes_holding_the_same_post_lose_no_views_when_their_counter_writes_conflict()
    {
        await using var first = await BlogHost.StartAsync();
        await first.CreateBlogAsync();
        var post = await CreateAsync(first, "Shared", "t");
        await using var second = await BlogHost.StartAsync(first.Storage, first.Time);
        var onFirst = first.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post));
        var onSecond = second.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post));
        await onFirst.View(false);
        await onSecond.View(false);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? onFirst : onSecond).View(true)));
        await onFirst.Flush();
        await onSecond.Flush();

        (await StoredViewsAsync(first, post)).Should().Be(40);
        var stats = new GrainState<BlogStatsState>(new BlogStatsState());
        await first.Storage.ReadStateAsync("blogstats", new GrainId("blog", "demo"), stats);
        stats.State.PostViews[post].Should().Be(40, "both nodes' batches were rolled up once each");
    }

    [Fact]
    public async Task A_retried_roll_up_batch_is_never_counted_twice()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var blog = host.Grains.GetGrain<IBlogGrain>("demo");
        var tag = host.Grains.GetGrain<ITagGrain>(TagKey.Of("demo", "t"));
        var batch = new RollupBatch { PostId = "p1", Sequence = 1, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 7 } };

        await blog.ApplyRollup(batch);
        await blog.ApplyRollup(batch);
        await tag.ApplyRollup(batch);
        await tag.ApplyRollup(batch);
        await blog.ApplyRollup(batch with { Sequence = 2, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 1 } });

        var stats = new GrainState<BlogStatsState>(new BlogStatsState());
        await host.Storage.ReadStateAsync("blogstats", new GrainId("blog", "demo"), stats);
        stats.State.DailyViews["2026-03-01"].Should().Be(8);
        (await tag.GetView()).Views.Should().Be(7);
    }

    private static async Task<string> CreateAsync(BlogHost host, string title, string tag) =>
        (await host.Authoring.CreatePostAsync("demo", new PostSource($"---\ntitle: {title}\ndate: 2026-02-01\ntags: [{tag}]\n---\nbody"))).Entry.Id;

    private static Task<Posts.PostPage?> View(BlogHost host, string post) => host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post)).View(countView: true);

    private static Task<BlogAnalytics> Analytics(BlogHost host) =>
        host.Grains.GetGrain<IBlogGrain>("demo").GetAnalytics(new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 5), 10);

    private static async Task<long> StoredViewsAsync(BlogHost host, string post)
    {
        var stored = new GrainState<PostCountersState>(new PostCountersState());
        await host.Storage.ReadStateAsync("postcounters", new GrainId("post", PostKey.Of("demo", post)), stored);
        return stored.State.Views;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string because)
    {
        for (var i = 0; i < 400 && !await condition(); i++)
        {
            await Task.Delay(10);
        }

        (await condition()).Should().BeTrue(because);
    }
}
