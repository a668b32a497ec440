using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Authoring;
using Platform.Blogging.Media;
using Platform.Gateway.Tests.Pages;

namespace Platform.Gateway.Tests.Media;

/// <summary>Media files served on the blog's host (its own host name and its <c>/@{blog}</c> prefix), and posts that use them.</summary>
public sealed class MediaServingTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    private MediaLibrary Library => site.Services.GetRequiredService<MediaLibrary>();

    [Fact]
    public async Task A_file_is_served_with_its_type_an_immutable_cache_an_etag_and_nosniff_and_revalidates_to_304()
    {
        var item = (await Library.UploadAsync("alpha", "a.png", TestImages.Png(700, 100), "t", default)).Item;
        var client = site.Client("alpha.blogs.test");

        var response = await client.GetAsync($"/media/{item.Id}/700w.png");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        response.Headers.CacheControl!.ToString().Should().Contain("immutable").And.Contain("max-age=31536000").And.Contain("public");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'");
        var etag = response.Headers.ETag!;
        etag.IsWeak.Should().BeFalse();
        TestImages.Size(await response.Content.ReadAsByteArrayAsync()).Should().Be((700, 100));

        var webp = await client.GetAsync($"/media/{item.Id}/600w.webp");
        webp.Content.Headers.ContentType!.MediaType.Should().Be("image/webp");
        TestImages.Size(await webp.Content.ReadAsByteArrayAsync()).Should().Be((600, 86));
        (await site.Client().GetAsync($"/@alpha/media/{item.Id}/700w.png")).StatusCode.Should().Be(HttpStatusCode.OK, "the path prefix reaches the same blog");

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{item.Id}/700w.png");
        again.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(again)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Another_blogs_media_a_width_that_was_not_made_and_a_deleted_item_are_404()
    {
        var item = (await Library.UploadAsync("alpha", "b.png", TestImages.Png(500, 100, shade: 3), "t", default)).Item;

        (await site.Client("beta.blogs.test").GetAsync($"/media/{item.Id}/500w.png")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.Client().GetAsync($"/@beta/media/{item.Id}/500w.png")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.Client("alpha.blogs.test").GetAsync($"/media/{item.Id}/1000w.png")).StatusCode.Should().Be(HttpStatusCode.NotFound, "never upscaled");
        (await site.Client("alpha.blogs.test").GetAsync($"/media/{item.Id}/500w.gif")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.Client().GetAsync($"/media/{item.Id}/500w.png")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the platform's own host serves no blog's media");

        (await Library.DeleteAsync("alpha", item.Id, default)).Should().BeTrue();
        (await site.Client("alpha.blogs.test").GetAsync($"/media/{item.Id}/500w.png")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_that_shows_its_blogs_image_is_served_with_a_srcset_on_the_blogs_host_and_under_its_prefix()
    {
        var item = (await Library.UploadAsync("beta", "c.jpg", TestImages.Jpeg(1800, 900), "t", default)).Item;
        var markdown = $"---\ntitle: With a picture\ndate: 2025-01-02 10:00:00 +0900\n---\n<img src=\"/media/{item.Id}/1800w.jpg\" width=\"450\"/>\n\n- a list after it\n";
        var saved = await site.Services.GetRequiredService<BlogAuthoring>().CreatePostAsync("beta", new PostSource(markdown));
        var id = item.Id;

        var page = await site.Client("beta.blogs.test").GetStringAsync(saved.Entry.Permalink);
        page.Should().Contain($"src=\"/media/{id}/1800w.jpg\"");
        page.Should().Contain($"/media/{id}/600w.webp 600w, /media/{id}/1000w.webp 1000w, /media/{id}/1600w.webp 1600w, /media/{id}/1800w.webp 1800w");
        page.Should().Contain("sizes=\"(max-width: 450px) 100vw, 450px\"");

        var prefixed = await site.Client().GetStringAsync("/@beta" + saved.Entry.Permalink);
        prefixed.Should().Contain($"src=\"/@beta/media/{id}/1800w.jpg\"");
        prefixed.Should().Contain($"/@beta/media/{id}/600w.jpg 600w, /@beta/media/{id}/1000w.jpg 1000w");
        (await site.Client("beta.blogs.test").GetAsync($"/media/{id}/1600w.jpg")).StatusCode.Should().Be(HttpStatusCode.OK, "every width in the srcset exists");
    }
}
