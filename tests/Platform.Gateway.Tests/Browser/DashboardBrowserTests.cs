using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>
/// The analytics dashboard in headless Chromium against a real gateway process: synthetic traffic from known
/// addresses, then sign in with a token, check the figures against the Stats API, change the period, filter by a
/// source, and export the CSV. Screenshots are kept as test artifacts.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser, DemoGateway gateway) : IClassFixture<DemoGateway>
{
    [Fact]
    public async Task An_owner_reads_true_numbers_filters_by_source_and_exports()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await OwnerTokenAsync(http);
        var post = await FirstPostAsync(http);
        for (var i = 0; i < 12; i++)
        {
            var referrer = i % 3 == 0 ? "https://search.naver.com/search.naver?query=actors" : i % 3 == 1 ? "https://github.com/dotnet/orleans" : null;
            await ViewAsync(http, post, $"203.0.113.{i + 1}", $"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.{i}.0 Safari/537.36", referrer);
        }

        await Eventually.HoldsAsync(async () => await VisitorsAsync(http, token, "") == 12, "the twelve visitors reach the analytics grain within a flush");
        var expected = await VisitorsAsync(http, token, "");
        var naver = await VisitorsAsync(http, token, "visit:source==Naver");
        naver.Should().Be(4);

        await using var context = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var page = await context.NewPageAsync();
        using var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync("studio/signin");
        await page.GetByLabel("Blog token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a blog token" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/demo/analytics");
        var visitors = page.Locator("[data-metric=visitors] .value");
        await Assertions.Expect(visitors).ToHaveTextAsync(expected.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        await Assertions.Expect(page.Locator(".chart-wide svg[role=img]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Last 7 days" }).ClickAsync();
        await page.WaitForURLAsync("**period=7d**");
        await Assertions.Expect(visitors).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.Locator("#panel-source").Locator("xpath=..").GetByRole(AriaRole.Link, new() { Name = "Naver", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**filters=**");
        await Assertions.Expect(visitors).ToHaveTextAsync(naver.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".filters")).ToContainTextAsync("visit:source = Naver");
        await Screenshots.SaveAsync(page, "filtered");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(path);
        using (var zip = ZipFile.OpenRead(path))
        {
            using var reader = new StreamReader(zip.GetEntry("sources.csv")!.Open());
            var sources = await reader.ReadToEndAsync();
            sources.Should().Contain($"Naver,{naver},");
            sources.Should().NotContain("GitHub", "the export carries the dashboard's filter");
        }

        File.Delete(path);
        errors.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task The_dashboard_fits_a_phone()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        var token = await OwnerTokenAsync(http);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.Localhost.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("studio/signin");
        await page.GetByLabel("Blog token").FillAsync(token);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/studio/demo/analytics");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing on the dashboard is wider than a 390 px phone");
        await Screenshots.SaveAsync(page, "phone");
    }

    private static async Task ViewAsync(HttpClient http, string path, string address, string agent, string? referrer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", agent);
        request.Headers.Add("X-Forwarded-For", address);
        if (referrer is not null)
        {
            request.Headers.Referrer = new Uri(referrer);
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> OwnerTokenAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/blogs/demo/tokens") { Content = JsonContent.Create(new { name = "browser", role = "owner" }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<string> FirstPostAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/blogs/demo/posts?status=published");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var response = await http.SendAsync(request);
        var url = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("posts")[0].GetProperty("url").GetString()!;
        // Public URLs name the blog's subdomain (demo.blogs.test); the browser reaches it by path on localhost.
        return "/@demo" + new Uri(url).AbsolutePath;
    }

    private static async Task<long> VisitorsAsync(HttpClient http, string token, string filters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/blogs/demo/stats/aggregate?period=day&filters=" + Uri.EscapeDataString(filters));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("results").GetProperty("visitors").GetProperty("value").GetInt64();
    }
}
