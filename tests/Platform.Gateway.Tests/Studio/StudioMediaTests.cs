using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Media;

namespace Platform.Gateway.Tests.Studio;

/// <summary>
/// The studio's media through the real gateway: the library page, uploads by plain form, by the editor's module
/// (JSON) and by the editor's form without script, the translated refusals (too large, not an image, SVG) with
/// nothing stored, antiforgery, the API's delete rule and refusals across blogs.
/// </summary>
public sealed class StudioMediaTests(StudioMediaSiteFactory site) : IClassFixture<StudioMediaSiteFactory>
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private MediaLibrary Library => site.Services.GetRequiredService<MediaLibrary>();

    [Fact]
    public async Task An_uploaded_png_is_listed_with_its_thumbnail_size_dimensions_url_and_markdown()
    {
        var (blog, owner) = await NewBlogAsync();
        using var session = await SignedInAsync(owner);
        var (status, empty) = await session.PageAsync($"/studio/{blog}/media");
        status.Should().Be(HttpStatusCode.OK);
        empty.Should().Contain("<label for=\"file\">").And.Contain("enctype=\"multipart/form-data\"").And.Contain("up to 10 MB").And.Contain("No images yet.");
        empty.Should().Contain($"href=\"/studio/{blog}/media\" aria-current=\"page\"", "the section navigation has the library, marked as open");

        var png = TestImages.Png(1300, 650);
        var uploaded = await UploadAsync(session, blog, png, "chart.png");

        uploaded.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var item = (await Library.ListAsync(blog)).Should().ContainSingle().Subject;
        uploaded.Headers.Location!.OriginalString.Should().Be($"/studio/{blog}/media?uploaded={item.Id}");
        item.Uploader.Should().StartWith("tok_", "uploads are attributed to the token as the API attributes them");
        var html = WebUtility.HtmlDecode((await session.PageAsync(uploaded.Headers.Location!.OriginalString)).Html);
        html.Should().Contain("chart.png uploaded.").And.Contain("1 image");
        html.Should().Contain($"src=\"/@{blog}/media/{item.Id}/600w.png\"", "the thumbnail is the smallest copy, same-origin through the blog's prefix");
        html.Should().Contain("1300 × 650").And.Contain(TestText.Size(item.Bytes));
        html.Should().Contain($"value=\"https://{blog}.blogs.test/media/{item.Id}/1300w.png\"");
        html.Should().Contain($"value=\"![chart](/media/{item.Id}/1300w.png)\"");
        html.Should().Contain("aria-label=\"Delete chart.png\"");
        html.Should().NotContain("style=");

        var again = await UploadAsync(session, blog, png, "chart.png", json: true);
        again.StatusCode.Should().Be(HttpStatusCode.OK, "the same bytes are the same item");
        var json = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("markdown").GetString().Should().Be($"![chart](/media/{item.Id}/1300w.png)");
        json.GetProperty("path").GetString().Should().Be($"/media/{item.Id}/1300w.png");
        (await Library.ListAsync(blog)).Should().ContainSingle();

        var created = await UploadAsync(session, blog, TestImages.Jpeg(300, 200), "사진 [1].jpg", json: true);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("markdown").GetString().Should().MatchRegex(@"^!\[사진  1\]\(/media/[0-9a-f]{20}/300w\.jpg\)$");
    }

    [Fact]
    public async Task The_library_pages_through_the_uploads_newest_first()
    {
        var (blog, owner) = await NewBlogAsync();
        using var session = await SignedInAsync(owner);
        for (var i = 0; i < 25; i++)
        {
            await Library.UploadAsync(blog, $"dot-{i}.png", TestImages.Png(10 + i, 10, shade: i * 9), "tok_test", CancellationToken.None);
        }

        var first = (await session.PageAsync($"/studio/{blog}/media")).Html;
        first.Should().Contain("25 images").And.Contain("dot-24.png").And.NotContain(">dot-0.png<").And.Contain($"href=\"/studio/{blog}/media?page=2\" rel=\"next\"");
        var (status, second) = await session.PageAsync($"/studio/{blog}/media?page=2");
        status.Should().Be(HttpStatusCode.OK);
        second.Should().Contain(">dot-0.png<").And.NotContain("dot-24.png").And.Contain("Page 2 of 2");
        (await session.PageAsync($"/studio/{blog}/media?page=0")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await session.PageAsync($"/studio/{blog}/media?page=x")).Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Oversized_text_and_svg_files_are_refused_with_clear_messages_and_nothing_is_stored()
    {
        var (blog, owner) = await NewBlogAsync();
        using var session = await SignedInAsync(owner);
        var oversized = new byte[TenMegabytes + 1];
        TestImages.Png(8, 8).CopyTo(oversized, 0);
        var text = Encoding.UTF8.GetBytes("just some words, not a picture");
        var svg = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        foreach (var json in new[] { false, true })
        {
            var large = await UploadAsync(session, blog, oversized, "huge.png", json: json);
            large.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await MessageAsync(large, json)).Should().Contain("too large").And.Contain("at most 10 MB");

            var declaredTooLarge = await UploadAsync(session, blog, new byte[TenMegabytes + 200_000], "larger.png", json: json);
            declaredTooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, "a body declared over the limit is refused before it is read");
            (await MessageAsync(declaredTooLarge, json)).Should().Contain("at most 10 MB");

            var words = await UploadAsync(session, blog, text, "words.png", json: json);
            words.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            (await MessageAsync(words, json)).Should().Contain("not an image").And.Contain("judged by content");

            var vector = await UploadAsync(session, blog, svg, "logo.svg", "image/svg+xml", json: json);
            vector.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            (await MessageAsync(vector, json)).Should().Contain("SVG images are not accepted");

            var renamedSvg = await UploadAsync(session, blog, svg, "logo.png", json: json);
            (await MessageAsync(renamedSvg, json)).Should().Contain("SVG", "an SVG is recognised by its content too");
        }

        var page = await UploadAsync(session, blog, text, "words.png");
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"file-error\"").And.Contain("aria-invalid=\"true\"");
        (await Library.ListAsync(blog)).Should().BeEmpty("nothing refused is catalogued");
        (await Library.OpenAsync(blog, MediaLibrary.IdOf(text), "30w.png", CancellationToken.None)).Should().BeNull();

        using var korean = await SignedInAsync(site.BetaOwner);
        var refused = await UploadAsync(korean, "beta", text, "글.png", json: true);
        refused.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await MessageAsync(refused, json: true)).Should().Contain("이미지 파일이 아닙니다");
        var large2 = await UploadAsync(korean, "beta", oversized, "큰.png", json: true);
        (await MessageAsync(large2, json: true)).Should().Contain("10MB 이하");
    }

    [Fact]
    public async Task An_upload_without_antiforgery_is_400_and_stores_nothing()
    {
        var (blog, owner) = await NewBlogAsync();
        using var session = await SignedInAsync(owner);

        var response = await UploadAsync(session, blog, TestImages.Png(40, 40), "a.png", antiforgery: false);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Library.ListAsync(blog)).Should().BeEmpty();
        var item = await Library.UploadAsync(blog, "b.png", TestImages.Png(41, 41), "tok_other", CancellationToken.None);
        using var delete = new FormUrlEncodedContent(new Dictionary<string, string>());
        (await session.Http.PostAsync(new Uri($"/studio/{blog}/media/{item.Item.Id}/delete", UriKind.Relative), delete)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Library.ListAsync(blog)).Should().ContainSingle();
    }

    [Fact]
    public async Task Deletes_follow_the_apis_rule_owners_and_editors_or_whoever_uploaded_it()
    {
        var access = site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("alpha");
        var contributorToken = (await access.Issue("contributor", TokenRole.Contributor)).Secret;
        using var owner = await SignedInAsync(site.Owner);
        using var author = await SignedInAsync(site.Author);
        using var editor = await SignedInAsync(site.Editor);
        using var contributor = await SignedInAsync(contributorToken);

        var ownersId = await UploadedIdAsync(owner, "alpha", TestImages.Png(61, 40, shade: 11));
        var authorsId = await UploadedIdAsync(author, "alpha", TestImages.Png(62, 40, shade: 12));
        var contributorsId = await UploadedIdAsync(contributor, "alpha", TestImages.Png(63, 40, shade: 13));

        var authorsView = WebUtility.HtmlDecode((await author.PageAsync("/studio/alpha/media")).Html);
        authorsView.Should().Contain($"action=\"/studio/alpha/media/{authorsId}/delete\"").And.NotContain($"action=\"/studio/alpha/media/{ownersId}/delete\"");
        var refused = await author.PostAsync($"/studio/alpha/media/{ownersId}/delete", "/studio/alpha/media", new Dictionary<string, string>());
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("Only the blog's owners and editors, or whoever uploaded it");
        (await Library.GetAsync("alpha", ownersId)).Should().NotBeNull();

        var own = await author.PostAsync($"/studio/alpha/media/{authorsId}/delete", "/studio/alpha/media", new Dictionary<string, string>());
        own.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await author.PageAsync(own.Headers.Location!.OriginalString)).Html.Should().Contain("Image deleted.");
        (await Library.GetAsync("alpha", authorsId)).Should().BeNull();
        (await Library.OpenAsync("alpha", authorsId, "62w.png", CancellationToken.None)).Should().BeNull("its files are gone too");

        (await editor.PostAsync($"/studio/alpha/media/{contributorsId}/delete", "/studio/alpha/media", new Dictionary<string, string>())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await owner.PostAsync($"/studio/alpha/media/{ownersId}/delete", "/studio/alpha/media", new Dictionary<string, string>())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await owner.PostAsync($"/studio/alpha/media/{ownersId}/delete", "/studio/alpha/media", new Dictionary<string, string>())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.PostAsync("/studio/alpha/media/not-an-id/delete", "/studio/alpha/media", new Dictionary<string, string>())).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_session_for_one_blog_gets_403_on_every_media_route_of_another()
    {
        using var session = await SignedInAsync(site.Owner);
        var betas = await Library.UploadAsync("beta", "beta.png", TestImages.Png(70, 70, shade: 200), "tok_beta", CancellationToken.None);
        var png = TestImages.Png(71, 71, shade: 201);

        foreach (var path in new[] { "/studio/beta/media", "/studio/beta/media?page=2", "/studio/nosuch/media" })
        {
            (await session.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
        }

        foreach (var path in new[] { "/studio/beta/media", "/studio/beta/media/insert", $"/studio/beta/media/{betas.Item.Id}/delete" })
        {
            var response = await UploadAsync(session, "beta", png, "planted.png", path: path, formPage: "/studio/alpha/media");
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
        }

        (await UploadAsync(session, "beta", png, "planted.png", json: true, formPage: "/studio/alpha/media")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Library.ListAsync("beta")).Should().ContainSingle().Which.Id.Should().Be(betas.Item.Id, "nothing was planted and nothing deleted");
    }

    [Fact]
    public async Task The_editor_without_script_uploads_and_adds_the_markdown_keeping_the_unsaved_form()
    {
        var (blog, owner) = await NewBlogAsync();
        using var session = await SignedInAsync(owner);
        var authoring = site.Services.GetRequiredService<BlogAuthoring>();
        var editor = (await session.PageAsync($"/studio/{blog}/posts/new")).Html;
        editor.Should().Contain("<label for=\"file\">").And.Contain($"formaction=\"/studio/{blog}/media/insert\"").And.Contain("formenctype=\"multipart/form-data\"");

        var fields = new Dictionary<string, string> { ["title"] = "그림이 있는 글", ["markdown"] = "첫 문단입니다.", ["version"] = "0", ["tags"] = "사진" };
        var response = await UploadAsync(session, blog, TestImages.Png(800, 400), "풍경.png", path: $"/studio/{blog}/media/insert", fields: fields, formPage: $"/studio/{blog}/posts/new");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var item = (await Library.ListAsync(blog)).Should().ContainSingle().Subject;
        html.Should().Contain($"첫 문단입니다.\n\n![풍경](/media/{item.Id}/800w.png)\n</textarea>");
        html.Should().Contain("value=\"그림이 있는 글\"").And.Contain("value=\"사진\"").And.Contain("Save to keep it.");
        html.Should().Contain($"action=\"/studio/{blog}/posts/new\"", "saving goes on from the same form");
        (await authoring.GetBlogAsync(blog)).All.Should().BeEmpty("nothing is saved until the writer saves");

        var refused = await UploadAsync(session, blog, Encoding.UTF8.GetBytes("plain text"), "notes.png", path: $"/studio/{blog}/media/insert", fields: fields, formPage: $"/studio/{blog}/posts/new");
        refused.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        refusedHtml.Should().Contain("id=\"file-error\"").And.Contain("not an image").And.Contain("첫 문단입니다.</textarea>");
        (await Library.ListAsync(blog)).Should().ContainSingle();
    }

    [Fact]
    public async Task The_preview_shows_the_blogs_own_images_through_its_prefix_with_their_srcset()
    {
        var (blog, owner) = await NewBlogAsync();
        using var session = await SignedInAsync(owner);
        var id = await UploadedIdAsync(session, blog, TestImages.Png(1300, 650));

        var preview = await session.PostAsync($"/studio/{blog}/preview", $"/studio/{blog}/posts/new", new Dictionary<string, string> { ["markdown"] = $"![chart](/media/{id}/1300w.png)" });

        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await preview.Content.ReadAsStringAsync();
        html.Should().Contain($"src=\"/@{blog}/media/{id}/1300w.png\"").And.Contain($"/@{blog}/media/{id}/600w.png 600w");
        (await site.Client().GetAsync(new Uri($"/@{blog}/media/{id}/1300w.png", UriKind.Relative))).Content.Headers.ContentType!.MediaType.Should().Be("image/png");
    }

    private async Task<(string Blog, string Owner)> NewBlogAsync()
    {
        var name = "media" + Guid.NewGuid().ToString("N")[..10];
        await site.Services.GetRequiredService<BlogAuthoring>().CreateBlogAsync(new BlogSettings { Name = name, Title = "Media " + name, TimeZone = "UTC" });
        var owner = await site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>(name).Issue("owner", TokenRole.Owner);
        return (name, owner.Secret);
    }

    private async Task<StudioSession> SignedInAsync(string token)
    {
        var session = new StudioSession(site);
        (await session.SignInAsync(token)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return session;
    }

    private static async Task<string> UploadedIdAsync(StudioSession session, string blog, byte[] png)
    {
        var response = await UploadAsync(session, blog, png, "picture.png", json: true);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Posts a multipart form with one file, as the library's form or the editor's module does.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(
        StudioSession session, string blog, byte[] bytes, string fileName, string contentType = "image/png", bool json = false, bool antiforgery = true,
        string? path = null, IDictionary<string, string>? fields = null, string? formPage = null)
    {
        var (_, page) = await session.PageAsync(formPage ?? $"/studio/{blog}/media");
        using var form = new MultipartFormDataContent();
        if (antiforgery)
        {
            form.Add(new StringContent(StudioForms.Antiforgery(page)), "__RequestVerificationToken");
        }

        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path ?? $"/studio/{blog}/media") { Content = form };
        if (json)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        }

        return await session.Http.SendAsync(request);
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response, bool json)
    {
        var body = await response.Content.ReadAsStringAsync();
        return json ? JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()! : WebUtility.HtmlDecode(body);
    }

    private static class TestText
    {
        public static string Size(long bytes) => bytes < 1024 * 1024
            ? (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB"
            : (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
    }
}
