using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Domain;

/// <summary>A write that storage refuses leaves nothing behind that readers could see.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task After_a_failed_settings_write_readers_see_the_stored_settings_and_the_next_write_succeeds()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        try
        {
            host.Writes.FailWrites = true;
            var act = () => host.Authoring.UpdateBlogAsync("demo", new BlogSettingsUpdate { Title = "Never stored" });
            (await act.Should().ThrowAsync<Orleans.Runtime.OrleansException>()).WithInnerException<IOException>();
        }
        finally
        {
            host.Writes.FailWrites = false;
        }

        (await host.Authoring.GetBlogAsync("demo")).Settings.Title.Should().Be("The demo blog", "the activation that held the unstored title was dropped");
        await host.Authoring.UpdateBlogAsync("demo", new BlogSettingsUpdate { Title = "Stored" });
        (await host.ReadStoredAsync<BlogState>("blog", "blog", "demo")).Settings!.Title.Should().Be("Stored");
    }

    [Fact]
    public async Task After_a_failed_post_save_the_post_reads_as_stored()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Kept\n---\nv1"));
        try
        {
            host.Writes.FailWrites = true;
            var act = () => host.Authoring.UpdatePostAsync("demo", saved.Entry.Id, new PostSource("---\ntitle: Lost\n---\nv2"), saved.Document.Revision);
            (await act.Should().ThrowAsync<Orleans.Runtime.OrleansException>()).WithInnerException<IOException>();
        }
        finally
        {
            host.Writes.FailWrites = false;
        }

        var post = await host.Authoring.GetPostAsync("demo", saved.Entry.Id);
        post.Revision.Should().Be(1);
        post.Content.Title.Should().Be("Kept");
        (await host.Authoring.GetBlogAsync("demo")).All.Single().Title.Should().Be("Kept");
    }
}
