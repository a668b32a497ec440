using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>
/// A new blog's first owner in headless Chromium against a real gateway process: the invitation mail from the pickup
/// folder, accept it and create the account, sign out, sign in with email and password, and see the blog and its
/// members. Screenshots are kept as test artifacts.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class AccountsBrowserTests(BrowserFixture browser, DemoGateway gateway) : IClassFixture<DemoGateway>
{
    [Fact]
    public async Task An_invited_owner_accepts_by_mail_signs_in_and_sees_the_blog()
    {
        using var http = new HttpClient { BaseAddress = gateway.Localhost };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/blogs")
        {
            Content = JsonContent.Create(new { name = "writers", title = "Writers' Room", ownerEmail = "writer@writers.test" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + DemoGateway.AdminToken);
        using var created = await http.SendAsync(request);
        var body = await created.Content.ReadAsStringAsync();
        created.IsSuccessStatusCode.Should().BeTrue(body);
        JsonDocument.Parse(body).RootElement.GetProperty("invitation").GetProperty("mailed").GetBoolean().Should().BeTrue();

        var mail = Directory.GetFiles(gateway.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == "writer@writers.test"));
        var link = StudioLink().Match(mail.TextBody ?? "").Groups[1].Value;
        link.Should().StartWith("/studio/invitations/accept?token=");

        await using var context = await browser.NewContextAsync(gateway.Localhost, new ViewportSize { Width = 1280, Height = 900 });
        var page = await context.NewPageAsync();
        using var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync(link.TrimStart('/'));
        await Assertions.Expect(page.GetByText("You are invited to the blog writers as owner.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync("writer@writers.test");
        await page.GetByLabel("Name").FillAsync("Wren");
        await page.GetByLabel("Password").FillAsync("a long and private passphrase");
        await Screenshots.SaveAsync(page, "accept-invitation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account and join" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/writers/analytics");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/signin");
        await page.GetByLabel("Email").FillAsync("writer@writers.test");
        await page.GetByLabel("Password").FillAsync("a long and private passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/studio/writers/analytics");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Your blogs" }).GetByRole(AriaRole.Link, new() { Name = "writers" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Members" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/writers/members");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "writer@writers.test" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "members");

        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "studio/writers/members", "studio/account" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(0, path + " fits a 390 px phone");
        }

        await Screenshots.SaveAsync(page, "account-phone");
        errors.Messages.Should().BeEmpty();
    }

    [GeneratedRegex(@"https?://[^/\s]+(/studio/\S+)")]
    private static partial Regex StudioLink();
}
