using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Caching;
using Platform.Blogging.Posts;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

/// <summary>The silo-local snapshot caches on a two-silo cluster: the bound within which an edit reaches every silo.</summary>
public sealed class CacheTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task An_edit_through_one_silo_is_served_by_the_other_within_the_bound_and_at_once_where_it_was_made()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var elsewhere = host.Silo(1).GetRequiredService<BlogSnapshots>();
        var here = host.Silo(0).GetRequiredService<BlogSnapshots>();
        (await elsewhere.GetAsync("demo"))!.Settings.Title.Should().Be("The demo blog");

        await host.Authoring.UpdateBlogAsync("demo", new BlogSettingsUpdate { Title = "Renamed" });

        (await here.GetAsync("demo"))!.Settings.Title.Should().Be("Renamed", "the silo that made the edit dropped its copy");
        (await elsewhere.GetAsync("demo"))!.Settings.Title.Should().Be("The demo blog", "within the bound the other silo serves its copy");
        host.Time.Advance(Bound);
        (await elsewhere.GetAsync("demo"))!.Settings.Title.Should().Be("Renamed", "after the bound it asked the grain");
    }

    [Fact]
    public async Task A_post_edit_and_its_counters_reach_the_other_silo_within_the_bound()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: One\n---\nfirst"));
        var elsewhere = host.Silo(1).GetRequiredService<PostSnapshots>();
        (await elsewhere.GetAsync("demo", saved.Entry.Id))!.Revision.Should().Be(1);

        await host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, new PostSource("---\ntitle: One\n---\nsecond"), 1);
        host.Counter(0).RecordView("demo", saved.Entry.Id, TimeZoneInfo.Utc);
        await host.Counter(0).FlushAsync();
        host.Time.Advance(Bound);

        var post = (await elsewhere.GetAsync("demo", saved.Entry.Id))!;
        post.Revision.Should().Be(2);
        post.Content.Html.Should().Contain("second");
        post.Views.Should().Be(1);
    }

    [Fact]
    public async Task A_probe_of_an_unchanged_blog_carries_no_index()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var grain = host.Grains.GetGrain<IBlogGrain>("demo");

        var first = await grain.Read(0);
        var again = await grain.Read(first.Version);

        first.Index.Should().NotBeNull();
        again.Version.Should().Be(first.Version);
        again.Index.Should().BeNull();
        (await host.Grains.GetGrain<IBlogGrain>("nosuchblog").Read(0)).Exists.Should().BeFalse();
    }

    [Fact]
    public async Task A_scheduled_post_becomes_public_on_every_silo_at_its_time_without_waiting_for_the_publisher()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var due = host.Time.GetUtcNow().AddMinutes(10);
        await host.Authoring.CreatePostAsync("demo", new PostSource($"---\ntitle: Soon\ndate: {due:yyyy-MM-ddTHH:mm:ssK}\n---\nx"));
        var elsewhere = host.Silo(1).GetRequiredService<BlogSnapshots>();
        var before = (await elsewhere.GetAsync("demo"))!;
        before.Published.Should().BeEmpty();

        host.Time.Advance(TimeSpan.FromMinutes(10));

        var after = (await elsewhere.GetAsync("demo"))!;
        after.Published.Should().ContainSingle(p => p.Title == "Soon");
        after.PageVersion.Should().NotBe(before.PageVersion, "cached pages and feeds are keyed by it and must change with the public set");
    }
}
