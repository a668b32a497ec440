using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>
/// A writer's whole path in headless Chromium against a real gateway process: invited by mail (the pickup folder),
/// the account made and signed in with email and password, a Korean post written with an image pasted into the
/// Markdown (a PNG drawn in the page and dispatched as a clipboard paste, since headless Chromium has no real
/// clipboard), the preview showing it, the post scheduled and then published, and the blog's page serving it with a
/// srcset over the responsive widths. Screenshots are kept as test artifacts.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class MediaBrowserTests(BrowserFixture browser, DemoGateway gateway) : IClassFixture<DemoGateway>
{
    private const string Blog = "gallery";
    private const string Email = "painter@gallery.test";
    private const string Password = "a long and private passphrase";

    /// <summary>Draws a 1300×700 PNG in the page and pastes it into the Markdown as a clipboard event carrying the file.</summary>
    private const string PasteImage = """
        async () => {
          const canvas = document.createElement('canvas');
          canvas.width = 1300;
          canvas.height = 700;
          const draw = canvas.getContext('2d');
          draw.fillStyle = '#2a6f4e';
          draw.fillRect(0, 0, 1300, 700);
          draw.fillStyle = '#f5c542';
          draw.fillRect(120, 140, 480, 300);
          const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
          const data = new DataTransfer();
          data.items.add(new File([blob], 'image.png', { type: 'image/png' }));
          const markdown = document.getElementById('markdown');
          markdown.focus();
          markdown.setSelectionRange(markdown.value.length, markdown.value.length);
          return markdown.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }
        """;

    [Fact]
    public async Task An_invited_writer_pastes_an_image_into_a_korean_post_schedules_and_publishes_it_and_the_blog_serves_it_responsively()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        await CreateBlogAsync(http);
        var link = InvitationLink();

        await using var context = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var page = await context.NewPageAsync();
        using var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync(link.TrimStart('/'));
        await page.GetByLabel("Name").FillAsync("화가");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account and join" }).ClickAsync();
        await page.WaitForURLAsync($"**/studio/{Blog}/analytics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/signin");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/studio/{Blog}/analytics");

        await page.GetByRole(AriaRole.Link, new() { Name = "Posts", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New post" }).First.ClickAsync();
        var editor = new EditorPage(page);
        await editor.Title.FillAsync("한강의 봄");
        await editor.Markdown.FillAsync("오늘은 한강에서 사진을 찍었습니다.\n\n");
        (await page.EvaluateAsync<bool>(PasteImage)).Should().BeFalse("the editor takes the pasted file and cancels the default paste");

        await Assertions.Expect(editor.Markdown).ToHaveValueAsync(ImageMarkdown());
        (await editor.Markdown.InputValueAsync()).Should().StartWith("오늘은 한강에서 사진을 찍었습니다.\n\n![image](/media/").And.NotContain("Uploading");
        await page.WaitForFunctionAsync("() => { const image = document.querySelector('#preview img'); return image !== null && image.complete && image.naturalWidth > 0; }");
        await Assertions.Expect(editor.Status).ToContainTextAsync("Autosaved at", new() { Timeout = 15_000 });
        await Screenshots.SaveAsync(page, "pasted-image-preview");

        await editor.Save.ClickAsync();
        await page.WaitForURLAsync("**/edit?done=saved");
        var id = page.Url.Split('/')[^2];
        var publishAt = DateTime.UtcNow.AddHours(9).AddDays(30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        await page.GetByLabel("Publish at").FillAsync(publishAt);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/edit?done=scheduled");
        (await PostAsync(http, id)).GetProperty("status").GetString().Should().Be("scheduled");
        await Screenshots.SaveAsync(page, "scheduled");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/edit?done=published");
        var post = await PostAsync(http, id);
        post.GetProperty("status").GetString().Should().Be("published");
        var markdown = post.GetProperty("markdown").GetString()!;
        var mediaId = ImageMarkdown().Match(markdown).Groups["id"].Value;
        mediaId.Should().HaveLength(20, markdown);

        // The post's public URL is on the blog's subdomain; locally the blog answers under /@gallery on the same host.
        var path = new Uri(post.GetProperty("url").GetString()!).AbsolutePath;
        await page.GotoAsync($"@{Blog}{path}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "한강의 봄" })).ToBeVisibleAsync();
        var image = page.Locator($"img[src='/@{Blog}/media/{mediaId}/1300w.png']");
        await Assertions.Expect(image).ToHaveAttributeAsync("srcset", $"/@{Blog}/media/{mediaId}/600w.png 600w, /@{Blog}/media/{mediaId}/1000w.png 1000w, /@{Blog}/media/{mediaId}/1300w.png 1300w");
        await Assertions.Expect(page.Locator("picture source[type='image/webp']")).ToHaveAttributeAsync("srcset", new Regex("1000w\\.webp 1000w"));
        await page.WaitForFunctionAsync("() => { const image = document.querySelector('.content img'); return image !== null && image.complete && image.naturalWidth > 0; }");
        var current = await image.EvaluateAsync<string>("image => image.currentSrc");
        var served = await context.APIRequest.GetAsync(current);
        served.Status.Should().Be(200, current);
        served.Headers["content-type"].Should().StartWith("image/");
        await Screenshots.SaveAsync(page, "published-post");

        await page.GotoAsync($"studio/{Blog}/media");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete image.png" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Markdown", new() { Exact = true })).ToHaveValueAsync($"![image](/media/{mediaId}/1300w.png)");
        await Screenshots.SaveAsync(page, "media-library");
        errors.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task A_picked_image_goes_in_at_the_cursor_and_a_dropped_non_image_is_refused_with_the_reason()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await DemoTokenAsync(http);
        await using var context = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var editor = await EditorPage.OpenAsync(context, token, "studio/demo/posts/new");
        using var errors = ConsoleErrors.Watch(editor.Page);
        await Assertions.Expect(editor.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and insert" })).ToBeHiddenAsync();

        await editor.Markdown.FillAsync("before after");
        await editor.Markdown.EvaluateAsync("markdown => markdown.setSelectionRange(7, 7)");
        await editor.Page.GetByLabel("Insert an image").SetInputFilesAsync(new FilePayload { Name = "picked.png", MimeType = "image/png", Buffer = TestImages.Png(640, 480, shade: 33) });
        await Assertions.Expect(editor.Markdown).ToHaveValueAsync(new Regex(@"^before !\[picked\]\(/media/[0-9a-f]{20}/640w\.png\)after$"));
        await Assertions.Expect(editor.Page.Locator("#upload-status")).ToHaveTextAsync("picked.png uploaded.");

        var dropped = await editor.Markdown.EvaluateAsync<bool>("""
            markdown => {
              const data = new DataTransfer();
              data.items.add(new File(['not a picture at all'], 'notes.png', { type: 'image/png' }));
              return markdown.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
            }
            """);
        dropped.Should().BeFalse("the editor takes dropped files");
        var refusal = editor.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "not an image" });
        await Assertions.Expect(refusal).ToBeVisibleAsync();
        await Assertions.Expect(refusal).ToContainTextAsync("only JPEG, PNG, GIF and WebP, judged by content");
        (await editor.Markdown.InputValueAsync()).Should().NotContain("Uploading", "the placeholder is taken out again").And.NotContain("notes");
        await Screenshots.SaveAsync(editor.Page, "refused-drop");
        errors.Messages.Where(m => !m.Contains("415", StringComparison.Ordinal)).Should().BeEmpty("the refusal's own 415 is the only console line");
    }

    private static async Task<string> DemoTokenAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/blogs/demo/tokens") { Content = JsonContent.Create(new { name = "media-browser", role = "author" }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    private static async Task CreateBlogAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/blogs")
        {
            Content = JsonContent.Create(new { name = Blog, title = "그림 일기", ownerEmail = Email, timeZone = "Asia/Seoul" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var created = await http.SendAsync(request);
        var body = await created.Content.ReadAsStringAsync();
        created.IsSuccessStatusCode.Should().BeTrue(body);
    }

    private string InvitationLink()
    {
        var mail = Directory.GetFiles(gateway.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == Email));
        var link = StudioLink().Match(mail.TextBody ?? "").Groups[1].Value;
        link.Should().StartWith("/studio/invitations/accept?token=");
        return link;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/blogs/{Blog}/posts/{id}");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [GeneratedRegex(@"!\[image\]\(/media/(?<id>[0-9a-f]{20})/1300w\.png\)")]
    private static partial Regex ImageMarkdown();

    [GeneratedRegex(@"https?://[^/\s]+(/studio/\S+)")]
    private static partial Regex StudioLink();
}
