using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>
/// The studio editor in headless Chromium against a real gateway process: live preview, draft autosave, Ctrl+S and
/// the preview shortcut, Korean IME composition (nothing fires mid-word), and a conflicting save from two browser
/// contexts. The module's timers run on Playwright's fake clock where the test needs them to. Screenshots are kept.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class EditorBrowserTests(BrowserFixture browser, DemoGateway gateway) : IClassFixture<DemoGateway>
{
    [Fact]
    public async Task Writing_updates_the_preview_autosaves_the_draft_and_ctrl_s_saves()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await TokenAsync(http);
        await using var context = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var editor = await EditorPage.OpenAsync(context, token, "studio/demo/posts/new", fakeClock: true);
        using var errors = ConsoleErrors.Watch(editor.Page);

        await editor.Title.FillAsync("Live preview");
        await editor.Markdown.FillAsync("# Heading\n\nSome **live** text.");
        await editor.Page.Clock.RunForAsync(500);
        await Assertions.Expect(editor.Preview.Locator("strong")).ToHaveTextAsync("live");
        await Assertions.Expect(editor.Preview.Locator("h1")).ToHaveTextAsync("Heading");

        await editor.Page.Clock.RunForAsync(3000);
        await Assertions.Expect(editor.Status).ToContainTextAsync("Autosaved at");
        await editor.Page.WaitForURLAsync("**/studio/demo/posts/*/edit");
        var id = editor.Page.Url.Split('/')[^2];
        (await MarkdownAsync(http, id)).Should().EndWith("Some **live** text.");
        (await StatusAsync(http, id)).Should().Be("draft", "autosave never publishes");
        await Screenshots.SaveAsync(editor.Page, "autosaved");

        await editor.Markdown.PressAsync("End");
        await editor.Markdown.PressSequentiallyAsync(" More.");
        await editor.Page.Keyboard.PressAsync("Control+S");
        await Assertions.Expect(editor.Status).ToContainTextAsync("Saved at");
        (await MarkdownAsync(http, id)).Should().EndWith("text. More.");

        await editor.Page.Keyboard.PressAsync("Control+Shift+P");
        await Assertions.Expect(editor.PreviewPane).ToBeHiddenAsync();
        await editor.Page.Keyboard.PressAsync("Control+Shift+P");
        await Assertions.Expect(editor.PreviewPane).ToBeVisibleAsync();
        errors.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task Korean_composition_fires_neither_autosave_nor_shortcuts_until_the_word_is_done()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await TokenAsync(http);
        await using var context = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var editor = await EditorPage.OpenAsync(context, token, "studio/demo/posts/new", fakeClock: true);
        using var errors = ConsoleErrors.Watch(editor.Page);
        var saves = 0;
        editor.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/posts/", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref saves);
            }
        };

        await editor.Title.FillAsync("한국어 글");
        await editor.Page.Clock.RunForAsync(5000);
        await Assertions.Expect(editor.Status).ToContainTextAsync("Autosaved at");
        var afterTitle = Volatile.Read(ref saves);
        afterTitle.Should().Be(1);

        await editor.Markdown.FocusAsync();
        await editor.Markdown.DispatchEventAsync("compositionstart", new { data = "" });
        await editor.Page.Keyboard.InsertTextAsync("안녕하");
        await editor.Page.Keyboard.PressAsync("Control+S");
        await editor.Page.Clock.RunForAsync(10_000);
        Volatile.Read(ref saves).Should().Be(afterTitle, "neither the typing timer nor Ctrl+S saves while a syllable is being composed");

        await editor.Markdown.DispatchEventAsync("compositionend", new { data = "하" });
        await editor.Page.Clock.RunForAsync(3500);
        await Assertions.Expect(editor.Status).ToContainTextAsync("Autosaved at");
        var id = editor.Page.Url.Split('/')[^2];
        await Eventually.HoldsAsync(async () => (await MarkdownAsync(http, id)).EndsWith("안녕하", StringComparison.Ordinal), "the finished word is autosaved");
        await Assertions.Expect(editor.Preview).ToContainTextAsync("안녕하");
        await Screenshots.SaveAsync(editor.Page, "korean");
        errors.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task A_conflicting_save_from_another_browser_shows_the_difference_and_overwrites_knowingly()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await TokenAsync(http);
        var id = await CreatePublishedAsync(http, "Shared post", "first line\nsecond line");
        var path = $"studio/demo/posts/{id}/edit";
        await using var first = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        await using var second = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var theirs = await EditorPage.OpenAsync(first, token, path);
        var mine = await EditorPage.OpenAsync(second, token, path);

        await theirs.Markdown.FillAsync("first line\nTHEIR second line");
        await theirs.Page.Keyboard.PressAsync("Control+S");
        await Assertions.Expect(theirs.Status).ToContainTextAsync("Saved at");

        await mine.Markdown.FillAsync("first line\nMY second line");
        await mine.Page.Keyboard.PressAsync("Control+S");
        await Assertions.Expect(mine.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "saved elsewhere" })).ToBeVisibleAsync();
        await mine.Page.GetByRole(AriaRole.Button, new() { Name = "Review the differences" }).ClickAsync();

        await Assertions.Expect(mine.Page.GetByRole(AriaRole.Heading, new() { Name = "Someone saved this post first" })).ToBeVisibleAsync();
        await Assertions.Expect(mine.Page.Locator(".diff tr.removed")).ToContainTextAsync("THEIR second line");
        await Assertions.Expect(mine.Page.Locator(".diff tr.added")).ToContainTextAsync("MY second line");
        await Screenshots.SaveAsync(mine.Page, "conflict");
        (await MarkdownAsync(http, id)).Should().EndWith("THEIR second line", "nothing is overwritten until the writer asks");

        await mine.Page.GetByRole(AriaRole.Button, new() { Name = "Overwrite with mine" }).ClickAsync();
        await mine.Page.WaitForURLAsync("**/edit?done=saved");
        (await MarkdownAsync(http, id)).Should().EndWith("MY second line");
    }

    [Fact]
    public async Task The_post_list_and_editor_fit_a_phone()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await TokenAsync(http);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.Localhost.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var editor = await EditorPage.OpenAsync(context, token, "studio/demo/posts");
        await Assertions.Expect(editor.Page.GetByRole(AriaRole.Link, new() { Name = "New post" }).First).ToBeVisibleAsync();
        (await OverflowAsync(editor.Page)).Should().BeLessThanOrEqualTo(0, "the post list fits a 390 px phone");
        await Screenshots.SaveAsync(editor.Page, "phone-list");

        await editor.Page.GotoAsync("studio/demo/posts/new");
        await Assertions.Expect(editor.Markdown).ToBeVisibleAsync();
        (await OverflowAsync(editor.Page)).Should().BeLessThanOrEqualTo(0, "the editor fits a 390 px phone");
        await Screenshots.SaveAsync(editor.Page, "phone-editor");
    }

    private static Task<int> OverflowAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/blogs/demo/tokens") { Content = JsonContent.Create(new { name = "editor-browser", role = "owner" }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<string> CreatePublishedAsync(HttpClient http, string title, string markdown)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/blogs/demo/posts") { Content = JsonContent.Create(new { title, markdown, status = "published" }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/blogs/demo/posts/" + id);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string> MarkdownAsync(HttpClient http, string id) => (await PostAsync(http, id)).GetProperty("markdown").GetString()!;

    private static async Task<string> StatusAsync(HttpClient http, string id) => (await PostAsync(http, id)).GetProperty("status").GetString()!;
}
