using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Media;

public sealed class MediaApiTests(MediaApiFactory factory) : IClassFixture<MediaApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    internal static ByteArrayContent Image(byte[] bytes, string mediaType = "image/png")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    internal static async Task<JsonElement> UploadAsync(ApiClient api, string blog, string token, byte[] bytes, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media?name=chart.png", token, Image(bytes));
        var json = await ApiClient.ReadJsonAsync(response);
        response.StatusCode.Should().Be(expected, json.ToString());
        return json;
    }

    [Fact]
    public async Task An_upload_answers_201_with_its_urls_and_srcset_and_the_same_bytes_again_answer_200_with_the_same_item()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var png = TestImages.Png(1300, 650);

        var created = await UploadAsync(_api, blog, owner, png);
        var again = await UploadAsync(_api, blog, owner, png, HttpStatusCode.OK);

        var id = created.GetProperty("id").GetString()!;
        again.GetProperty("id").GetString().Should().Be(id);
        created.GetProperty("name").GetString().Should().Be("chart.png");
        created.GetProperty("contentType").GetString().Should().Be("image/png");
        created.GetProperty("width").GetInt32().Should().Be(1300);
        created.GetProperty("height").GetInt32().Should().Be(650);
        created.GetProperty("path").GetString().Should().Be($"/media/{id}/1300w.png");
        created.GetProperty("url").GetString().Should().Be($"http://{blog}.blogs.test/media/{id}/1300w.png");
        created.GetProperty("srcSet").GetString().Should().Be($"/media/{id}/600w.png 600w, /media/{id}/1000w.png 1000w, /media/{id}/1300w.png 1300w");
        created.GetProperty("webpSrcSet").GetString().Should().Contain($"/media/{id}/1300w.webp 1300w");
        created.GetProperty("variants").GetArrayLength().Should().Be(6);
        created.GetProperty("uploader").GetString().Should().StartWith("tok_", "the owner token that uploaded it");
    }

    [Fact]
    public async Task A_multipart_upload_works_like_a_raw_one()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        using var form = new MultipartFormDataContent { { Image(TestImages.Jpeg(300, 200), "image/jpeg"), "file", "사진.jpg" } };

        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, form);

        var json = await ApiClient.ReadJsonAsync(response);
        response.StatusCode.Should().Be(HttpStatusCode.Created, json.ToString());
        json.GetProperty("name").GetString().Should().Be("사진.jpg");
        json.GetProperty("contentType").GetString().Should().Be("image/jpeg");
        response.Headers.Location!.ToString().Should().Be($"/api/v1/blogs/{blog}/media/{json.GetProperty("id").GetString()}");
    }

    [Fact]
    public async Task Too_large_is_413_and_not_an_image_is_415_with_problem_bodies_and_nothing_is_stored()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var big = new byte[MediaApiFactory.MaxUploadBytes + 1];
        TestImages.Png(10, 10).CopyTo(big, 0);
        using var bigForm = new MultipartFormDataContent { { Image(big), "file", "big.png" } };

        var tooLarge = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, Image(big)), HttpStatusCode.RequestEntityTooLarge);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, bigForm), HttpStatusCode.RequestEntityTooLarge);
        var text = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media?name=x.png", owner, Image(Encoding.UTF8.GetBytes("I am text with a .png name"))), HttpStatusCode.UnsupportedMediaType);
        var svg = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, Image(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "image/svg+xml")), HttpStatusCode.UnsupportedMediaType);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, ApiClient.Json(new { file = "x" })), HttpStatusCode.UnsupportedMediaType);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, Image([])), HttpStatusCode.BadRequest);

        tooLarge.GetProperty("detail").GetString().Should().Contain(MediaApiFactory.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.GetProperty("code").GetString().Should().Be("media-not-an-image");
        svg.GetProperty("status").GetInt32().Should().Be(415, "an SVG is refused (docs/media.md says why)");
        var svgAsPng = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/media", owner, Image(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))), HttpStatusCode.UnsupportedMediaType);
        svgAsPng.GetProperty("code").GetString().Should().Be("media-not-an-image", "the declared type is never trusted");
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media", owner));
        list.GetProperty("media").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task The_list_pages_newest_first_and_bad_paging_is_400()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await UploadAsync(_api, blog, owner, TestImages.Png(40, 40, shade: 10 + i))).GetProperty("id").GetString()!);
        }

        var page = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media?limit=2&page=1", owner));
        page.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal(ids[2], ids[1]);
        page.GetProperty("pagination").GetProperty("total").GetInt32().Should().Be(3);
        page.GetProperty("pagination").GetProperty("next").GetInt32().Should().Be(2);
        var second = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media?limit=2&page=2", owner));
        second.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal(ids[0]);

        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media?limit=1000", owner), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media?page=0", owner), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media/{ids[0][..10]}", owner), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_role_may_upload_and_only_editors_owners_or_the_uploader_may_delete()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, contributor) = await _api.IssueTokenAsync(blog, owner, "contributor");
        var (_, author) = await _api.IssueTokenAsync(blog, owner, "author");
        var (_, otherAuthor) = await _api.IssueTokenAsync(blog, owner, "author", "other");
        var (_, editor) = await _api.IssueTokenAsync(blog, owner, "editor");

        var byContributor = (await UploadAsync(_api, blog, contributor, TestImages.Png(30, 30, shade: 1))).GetProperty("id").GetString();
        var byAuthor = (await UploadAsync(_api, blog, author, TestImages.Png(30, 30, shade: 2))).GetProperty("id").GetString();

        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/media/{byAuthor}", otherAuthor), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/media/{byAuthor}", contributor), HttpStatusCode.Forbidden);
        (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/media/{byAuthor}", author)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/media/{byContributor}", editor)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/media/{byContributor}", owner), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_blogs_token_can_neither_list_read_nor_delete_and_its_own_blog_does_not_see_the_item()
    {
        var (victim, victimOwner) = await _api.CreateBlogAsync();
        var (intruder, intruderOwner) = await _api.CreateBlogAsync();
        var id = (await UploadAsync(_api, victim, victimOwner, TestImages.Png(30, 30, shade: 77))).GetProperty("id").GetString();

        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{victim}/media", intruderOwner), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{victim}/media/{id}", intruderOwner), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{intruder}/media/{id}", intruderOwner), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{intruder}/media/{id}", intruderOwner), HttpStatusCode.NotFound);
        (await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{victim}/media/{id}", victimOwner)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
