using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Counters;
using Platform.Blogging.Posts;
using Platform.Blogging.Tags;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

/// <summary>View and like counting on a two-silo cluster: each silo pre-aggregates, posts store batches once.</summary>
public sealed class CounterTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    [Fact]
    public async Task Views_through_both_silos_at_once_are_counted_exactly_and_rolled_up_to_the_blog_and_its_tag_totals()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var a = await CreateAsync(host, "A", "x");
        var b = await CreateAsync(host, "B", "x");

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            host.Counter(i % 2).RecordView("demo", i % 5 == 0 ? b : a, Utc))));
        await Task.WhenAll(host.Counter(0).FlushAsync(), host.Counter(1).FlushAsync());

        var analytics = await Analytics(host);
        analytics.TotalViews.Should().Be(500);
        analytics.TopPosts.Select(p => (p.Title, p.Views)).Should().Equal(("A", 400L), ("B", 100L));
        analytics.Days.Sum(d => d.Views).Should().Be(500, "the per-day buckets add up to the blog total");
        (await host.Grains.GetGrain<IBlogGrain>("demo").GetTagViews("x")).Should().Be(500);
        (await StoredViewsAsync(host, a)).Should().Be(400);
    }

    [Fact]
    public async Task A_view_costs_no_storage_write_until_the_flush_and_readers_still_see_it()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Quiet", "t");

        for (var i = 0; i < 50; i++)
        {
            host.Counter(0).RecordView("demo", post, Utc);
        }

        (await StoredViewsAsync(host, post)).Should().Be(0);
        host.Counter(0).Unsent("demo", post).Views.Should().Be(50, "the page adds this silo's unsent views to the stored count");
        await host.Counter(0).FlushAsync();
        (await StoredViewsAsync(host, post)).Should().Be(50);
        host.Counter(0).Unsent("demo", post).Views.Should().Be(0);
    }

    [Fact]
    public async Task The_flush_timer_sends_the_batch_when_the_interval_passes()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Timed", "t");
        for (var i = 0; i < 7; i++)
        {
            host.Counter(1).RecordView("demo", post, Utc);
        }

        host.Time.Advance(TimeSpan.FromSeconds(4));
        (await StoredViewsAsync(host, post)).Should().Be(0, "the 5 s interval has not passed");
        host.Time.Advance(TimeSpan.FromSeconds(1));

        await Eventually.HoldsAsync(async () => await StoredViewsAsync(host, post) == 7, "the timer flushed the 7 views");
    }

    [Fact]
    public async Task After_a_graceful_stop_the_stored_counts_equal_the_views_and_likes_recorded()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Counted", "t");
        await Task.WhenAll(Enumerable.Range(0, 123).Select(i => Task.Run(() => host.Counter(i % 2).RecordView("demo", post, Utc))));
        host.Counter(1).RecordLike("demo", post);

        await host.RestartAsync();

        (await StoredViewsAsync(host, post)).Should().Be(123);
        (await host.ReadStoredAsync<PostCountersState>("postcounters", "post", PostKey.Of("demo", post))).Likes.Should().Be(1);
        (await Analytics(host)).TotalViews.Should().Be(123);
        (await host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post)).Read(0)).Views.Should().Be(123);
    }

    [Fact]
    public async Task After_a_crash_at_most_the_views_of_one_flush_window_are_lost()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Crashy", "t");
        for (var i = 0; i < 10; i++)
        {
            host.Counter(0).RecordView("demo", post, Utc);
        }

        await host.Counter(0).FlushAsync();
        for (var i = 0; i < 5; i++)
        {
            host.Counter(0).RecordView("demo", post, Utc);
        }

        await host.CrashAndRestartAsync();

        (await StoredViewsAsync(host, post)).Should().Be(10, "only the last, unflushed window was lost");
        (await host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post)).Read(0)).Views.Should().Be(10);
    }

    [Fact]
    public async Task A_batch_sent_again_after_a_lost_answer_counts_once_and_each_source_counts_separately()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Retried", "t");
        var grain = host.Grains.GetGrain<IPostGrain>(PostKey.Of("demo", post));
        var batch = new CounterBatch { Source = "silo-a", Sequence = 4, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 3 }, Likes = 1 };

        await grain.Record(batch);
        await grain.Record(batch);
        await grain.Record(batch with { Sequence = 3 });
        await grain.Record(batch with { Source = "silo-b", Sequence = 1 });

        var stored = await host.ReadStoredAsync<PostCountersState>("postcounters", "post", PostKey.Of("demo", post));
        stored.Views.Should().Be(6);
        stored.Likes.Should().Be(2);
        (await Analytics(host)).TotalViews.Should().Be(6, "each applied batch was rolled up once");
    }

    [Fact]
    public async Task A_retried_roll_up_batch_is_never_counted_twice()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var blog = host.Grains.GetGrain<IBlogGrain>("demo");
        var batch = new RollupBatch { PostId = "p1", Sequence = 1, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 7 } };

        await blog.ApplyRollup(batch);
        await blog.ApplyRollup(batch);
        await blog.ApplyRollup(batch with { Sequence = 2, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 1 } });
        await blog.ApplyRollup(batch with { Sequence = 2, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 1 } });

        (await host.ReadStoredAsync<MonthViewsState>("days", BlogLayout.DaysGrainType, BlogLayout.MonthKey("demo", "2026-03"))).Days["2026-03-01"].Should().Be(8);
        var partition = BlogLayout.PartitionKey("demo", BlogLayout.StatsPartitionOf("p1"));
        var tally = (await host.ReadStoredAsync<StatsBucketState>("stats", BlogLayout.StatsGrainType, partition)).Posts["p1"];
        (tally.Views, tally.Applied).Should().Be((8L, 2L));
    }

    [Fact]
    public async Task Views_of_a_deleted_post_are_dropped_not_stored()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = await CreateAsync(host, "Gone", "t");
        host.Counter(0).RecordView("demo", post, Utc);
        await host.Authoring.DeletePostAsync("demo", post, expectedRevision: null);

        await host.Counter(0).FlushAsync();

        (await StoredViewsAsync(host, post)).Should().Be(0);
        host.Counter(0).Unsent("demo", post).Views.Should().Be(0, "the batch was taken (and dropped) by the grain");
    }

    [Fact]
    public async Task Views_on_either_side_of_the_blogs_midnight_land_on_their_own_days()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul");
        var post = await CreateAsync(host, "Midnight", "t");
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

        // The host starts at 2026-03-01 09:00 UTC = 18:00 in Seoul; midnight there is 15:00 UTC.
        host.Counter(0).RecordView("demo", post, seoul);
        host.Time.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(59));
        host.Counter(0).RecordView("demo", post, seoul);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        host.Counter(0).RecordView("demo", post, seoul);
        await host.Counter(0).FlushAsync();

        var days = await host.ReadStoredDaysAsync("demo");
        days.Should().BeEquivalentTo(new Dictionary<string, long> { ["2026-03-01"] = 2, ["2026-03-02"] = 1 });
    }

    private static async Task<string> CreateAsync(BlogHost host, string title, string tag) =>
        (await host.Authoring.CreatePostAsync("demo", new PostSource($"---\ntitle: {title}\ndate: 2026-02-01\ntags: [{tag}]\n---\nbody"))).Entry.Id;

    private static Task<BlogAnalytics> Analytics(BlogHost host) =>
        host.Grains.GetGrain<IBlogGrain>("demo").GetAnalytics(new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 5), 10);

    private static async Task<long> StoredViewsAsync(BlogHost host, string post) =>
        (await host.ReadStoredAsync<PostCountersState>("postcounters", "post", PostKey.Of("demo", post))).Views;
}
