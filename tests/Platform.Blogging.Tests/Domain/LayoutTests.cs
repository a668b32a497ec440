using Orleans.Runtime;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Counters;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

/// <summary>Layout 3: what a save and a flush write, and how a layout-2 blog is moved into partitions.</summary>
public sealed class LayoutTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3)]
    [InlineData(300)]
    public async Task An_edit_writes_the_post_and_one_index_partition_whatever_the_blogs_size(int posts)
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var ids = new List<string>();
        for (var i = 0; i < posts; i++)
        {
            ids.Add((await host.Authoring.CreatePostAsync("demo", new PostSource(Markdown(i, "body")))).Entry.Id);
        }

        var target = ids[posts / 2];
        var current = await host.Authoring.GetPostAsync("demo", target);
        host.Writes.Recording = true;
        await host.Authoring.UpdatePostAsync("demo", target, new PostSource(Markdown(posts / 2, "edited body")), current.Revision);
        host.Writes.Recording = false;

        var writes = host.Writes.Recorded;
        // The post, its one index partition, then its history: the revision's source row and the small revision list.
        writes.Select(w => (w.State, w.GrainType)).Should().Equal(
            ("post", "post"), ("index", BlogLayout.IndexGrainType),
            (PostRevisionsGrain.SourceStateName, PostRevisionsGrain.SourceGrainType), (PostRevisionsGrain.StateName, PostRevisionsGrain.GrainType));
        writes[3].Bytes.Should().BeLessThan(2 * 1024, "the revision list holds a few small entries, never sources");
        writes[1].Key.Should().Be(BlogLayout.PartitionKey("demo", BlogLayout.IndexPartitionOf(target)));
        writes[1].Bytes.Should().BeLessThan(4 * 1024, "a partition holds the few posts whose ids hash to it, not the blog");
        var partition = await host.ReadStoredAsync<IndexBucketState>("index", BlogLayout.IndexGrainType, writes[1].Key);
        partition.Posts[target].Excerpt.Should().Be("edited body");
        (await host.ReadStoredAsync<BlogState>("blog", "blog", "demo")).Posts.Should().BeEmpty("layout 3 keeps no entries in the blog's own state");
    }

    [Fact]
    public async Task A_flush_writes_the_posts_counters_its_counter_partition_and_one_month()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var post = (await host.Authoring.CreatePostAsync("demo", new PostSource(Markdown(1, "body")))).Entry.Id;
        host.Counter(0).RecordView("demo", post, TimeZoneInfo.Utc);
        await host.Counter(0).FlushAsync();

        host.Counter(0).RecordView("demo", post, TimeZoneInfo.Utc);
        host.Writes.Recording = true;
        await host.Counter(0).FlushAsync();
        host.Writes.Recording = false;

        host.Writes.Recorded.Select(w => w.State).Should().Equal("postcounters", "stats", "days", "postcounters");
        host.Writes.Recorded.Single(w => w.State == "days").Key.Should().Be(BlogLayout.MonthKey("demo", "2026-03"));
        (await host.ReadStoredDaysAsync("demo"))["2026-03-01"].Should().Be(2);
    }

    [Fact]
    public async Task A_layout_2_blog_is_moved_into_partitions_on_first_activation_with_nothing_lost()
    {
        await using var host = await BlogHost.StartAsync();
        var legacy = LegacyBlog("legacy", 40);
        await WriteAsync(host, "blog", "blog", "legacy", legacy);
        await WriteAsync(host, "blogstats", "blog", "legacy", new BlogStatsState
        {
            DailyViews = { ["2026-02-27"] = 4, ["2026-02-28"] = 5 },
            PostViews = { ["p1"] = 9 },
            PostLikes = { ["p1"] = 2 },
            AppliedBatches = { ["p1"] = 3 },
        });

        var snapshot = await host.Authoring.GetBlogAsync("legacy");

        snapshot.Published.Should().HaveCount(40);
        snapshot.Version.Should().Be(legacy.Version);
        snapshot.TryFindRedirect("/old-p1", out var moved).Should().BeTrue();
        moved!.Id.Should().Be("p1");
        (await host.Authoring.FindBySourceAsync("legacy", "2026-01-01-p1.md")).Should().Be("p1");
        var blog = host.Grains.GetGrain<IBlogGrain>("legacy");
        var analytics = await blog.GetAnalytics(new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 28), 5);
        (analytics.TotalViews, analytics.Days.Sum(d => d.Views), analytics.TopPosts[0].Likes).Should().Be((9L, 9L, 2L));

        await blog.ApplyRollup(new RollupBatch { PostId = "p1", Sequence = 3, DailyViews = new Dictionary<string, long> { ["2026-03-01"] = 100 } });
        (await blog.GetAnalytics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), 1)).TotalViews.Should().Be(9, "batch 3 was applied before the move");

        var stored = await host.ReadStoredAsync<BlogState>("blog", "blog", "legacy");
        (stored.Layout, stored.Posts.Count, stored.Redirects.Count, stored.Sources.Count).Should().Be((BlogLayout.Partitioned, 0, 0, 0));
        (await host.ReadStoredEntriesAsync("legacy")).Select(p => p.Id).Should().BeEquivalentTo(legacy.Posts.Keys);
        (await host.ReadStoredAsync<BlogStatsState>("blogstats", "blog", "legacy")).PostViews.Should().BeEmpty();
    }

    [Fact]
    public async Task A_move_interrupted_midway_is_finished_at_the_next_activation()
    {
        await using var host = await BlogHost.StartAsync();
        var legacy = LegacyBlog("legacy", 40);
        await WriteAsync(host, "blog", "blog", "legacy", legacy);

        host.Writes.FailAfter(10);
        var failed = () => host.Authoring.GetBlogAsync("legacy");
        await failed.Should().ThrowAsync<Exception>("the eleventh partition write fails, as a crash would stop it");
        (await host.ReadStoredAsync<BlogState>("blog", "blog", "legacy")).Posts.Should().HaveCount(40, "the old entries stay until every partition is written");

        host.Writes.Reset();
        var snapshot = await host.Authoring.GetBlogAsync("legacy");

        snapshot.All.Should().HaveCount(40);
        (await host.ReadStoredEntriesAsync("legacy")).Should().HaveCount(40);
    }

    private static string Markdown(int index, string body) =>
        $"---\ntitle: Post {index}\ndate: {Start.AddDays(-index):yyyy-MM-dd HH:mm:ss} +0000\ntags: [t{index % 3}]\n---\n{body}";

    private static BlogState LegacyBlog(string name, int posts)
    {
        var state = new BlogState
        {
            Settings = new BlogSettings { Name = name, Title = "Legacy", CreatedAt = Start.AddYears(-1) },
            Version = 77,
        };
        for (var i = 1; i <= posts; i++)
        {
            var id = $"p{i}";
            state.Posts[id] = new PostEntry
            {
                Id = id, Slug = $"post-{i}", Permalink = $"/post-{i}/", Title = $"Post {i}", Date = Start.AddDays(-i),
                Status = PostStatus.Published, Tags = ["old"], Excerpt = $"Excerpt {i}", Revision = 1,
            };
            state.Sources[$"2026-01-0{(i % 9) + 1}-{id}.md"] = id;
        }

        state.Redirects["/old-p1"] = "p1";
        state.Sources["2026-01-01-p1.md"] = "p1";
        return state;
    }

    private static Task WriteAsync<T>(BlogHost host, string state, string grainType, string key, T value) =>
        host.Storage.WriteStateAsync(state, GrainId.Create(grainType, key), new GrainState<T>(value));
}
