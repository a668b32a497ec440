using Microsoft.Playwright;

namespace Platform.Gateway.Tests.Browser;

/// <summary>The studio's editor as a writer sees it: user-visible locators for its controls.</summary>
public sealed class EditorPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Title => Page.GetByLabel("Title", new() { Exact = true });

    public ILocator Markdown => Page.GetByLabel("Markdown", new() { Exact = true });

    public ILocator Preview => Page.Locator("#preview");

    public ILocator PreviewPane => Page.Locator("#preview-pane");

    public ILocator Status => Page.Locator("#save-status");

    public ILocator Save => Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    /// <summary>Signs in with a blog token (the studio's sign-in until accounts arrive) and opens <paramref name="path"/>.</summary>
    public static async Task<EditorPage> OpenAsync(IBrowserContext context, string token, string path, bool fakeClock = false)
    {
        var page = await context.NewPageAsync();
        if (fakeClock)
        {
            // The module's typing timers then run only when the test moves the clock: no waiting, no races.
            await page.Clock.InstallAsync();
        }

        await page.GotoAsync("studio/signin");
        await page.GetByLabel("Blog token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a blog token" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/demo/**");
        await page.GotoAsync(path);
        return new EditorPage(page);
    }
}
