using Microsoft.Playwright;
using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>
/// The demo blog in a real headless Chromium, served by a real gateway process: the page renders, shows its title,
/// reports no console errors, and fits a desktop and a phone screen. Screenshots are kept as test artifacts.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class BrowserSmokeTests(BrowserFixture browser, DemoGateway gateway) : IClassFixture<DemoGateway>
{
    private const string DemoTitle = "Platform Demo";

    [Fact]
    public async Task Demo_home_page_renders_in_chromium_without_console_errors()
    {
        await using var context = await browser.NewContextAsync(gateway.Process.BaseAddress, new ViewportSize { Width = 1280, Height = 800 });
        var page = await context.NewPageAsync();
        using var errors = ConsoleErrors.Watch(page);

        var response = await page.GotoAsync("@demo/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        response.Should().NotBeNull();
        response!.Status.Should().Be(200, gateway.Process.Output);
        (await page.TitleAsync()).Should().Be(DemoTitle);
        await Assertions.Expect(page.Locator("header.site a.brand")).ToHaveTextAsync(DemoTitle);
        await Assertions.Expect(page.Locator("main").First).ToBeVisibleAsync();
        var policy = await response.HeaderValueAsync("content-security-policy");
        if (policy is not null)
        {
            policy.Should().NotBeNullOrWhiteSpace("a Content-Security-Policy header, when sent, says something");
        }

        errors.Messages.Should().BeEmpty("the demo page loads every resource and breaks no policy (CSP: {0})", policy ?? "none sent");
        await Screenshots.SaveAsync(page, "desktop");
    }

    [Fact]
    public async Task Demo_home_page_fits_a_phone_screen()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.Process.BaseAddress.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        using var errors = ConsoleErrors.Watch(page);

        var response = await page.GotoAsync("@demo/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        response!.Status.Should().Be(200, gateway.Process.Output);
        await Assertions.Expect(page.Locator("header.site a.brand")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing on the home page is wider than a 390 px phone");
        errors.Messages.Should().BeEmpty();
        await Screenshots.SaveAsync(page, "phone");
    }
}
