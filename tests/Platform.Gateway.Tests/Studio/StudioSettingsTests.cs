using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Gateway.Tests.Analytics;

namespace Platform.Gateway.Tests.Studio;

/// <summary>The blog settings page: owners change settings from a form; everyone else, and every other blog, is refused.</summary>
public sealed class StudioSettingsTests(AnalyticsSiteFactory site) : IClassFixture<AnalyticsSiteFactory>
{
    private static Dictionary<string, string> Form(string title = "Alpha & Co", string timeZone = "Asia/Seoul", string navigation = "", string domains = "alpha.example") => new()
    {
        ["title"] = title,
        ["description"] = "Notes <about> code",
        ["author"] = "Ada",
        ["locale"] = "en",
        ["timeZone"] = timeZone,
        ["permalinkPattern"] = "/:year/:month/:title/",
        ["postsPerPage"] = "2",
        ["navigation"] = navigation,
        ["customDomains"] = domains,
    };

    [Fact]
    public async Task An_owner_sees_every_setting_in_a_labelled_form_with_the_dns_record_to_create()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        var response = await session.GetAsync("/studio/alpha/settings");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
        var html = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "title", "description", "author", "locale", "timeZone", "permalinkPattern", "postsPerPage", "navigation", "customDomains" })
        {
            html.Should().Contain($"<label for=\"{field}\">", "every control has a label").And.Contain($"id=\"{field}\"");
        }

        html.Should().Contain("value=\"Alpha &amp; Co\"", "the title is shown encoded").And.Contain("Asia/Seoul");
        html.Should().Contain("<td>CNAME</td><td><code>alpha.example</code></td><td><code>alpha.blogs.test</code></td>");
        html.Should().Contain("aria-current=\"page\">Settings</a>");
    }

    [Fact]
    public async Task A_save_changes_the_blog_and_its_navigation_shows_on_its_pages()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        var saved = await session.PostFormAsync("/studio/alpha/settings", Form(navigation: "About | /about/\nCode | https://github.com/example"));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.Should().Be("/studio/alpha/settings?saved=true");
        (await (await session.GetAsync("/studio/alpha/settings?saved=true")).Content.ReadAsStringAsync()).Should().Contain("role=\"status\">Settings saved.");

        var settings = await site.Services.GetRequiredService<BlogAuthoring>().GetSettingsAsync("alpha");
        settings.Navigation.Select(l => (l.Label, l.Url)).Should().Equal(("About", "/about/"), ("Code", "https://github.com/example"));
        using var reader = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://alpha.blogs.test") });
        var home = await reader.GetStringAsync(new Uri("/", UriKind.Relative));
        home.Should().Contain("<a href=\"/about/\">About</a>").And.Contain("<a href=\"https://github.com/example\">Code</a>");
        using var onPlatform = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://blogs.test") });
        (await onPlatform.GetStringAsync(new Uri("/@alpha/", UriKind.Relative))).Should().Contain("<a href=\"/@alpha/about/\">About</a>", "a blog path follows the path base");
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus", "", "timeZone")]
    [InlineData("navigation", "Asia/Seoul", "Bad | javascript:alert(1)", "navigation")]
    [InlineData("navigation", "Asia/Seoul", "no bar here", "navigation")]
    [InlineData("postsPerPage", "Asia/Seoul", "", "postsPerPage")]
    public async Task A_refused_save_marks_the_field_keeps_what_was_typed_and_stores_nothing(string _, string zone, string navigation, string field)
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        var form = Form(title: "Typed but refused", timeZone: zone, navigation: navigation);
        if (field == "postsPerPage")
        {
            form["postsPerPage"] = "many";
        }

        var refused = await session.PostFormAsync("/studio/alpha/settings", form);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.Should().Contain($"id=\"{field}-error\"").And.Contain("value=\"Typed but refused\"").And.Contain("role=\"alert\"");
        html.Should().MatchRegex($"id=\"{field}\"[^>]*aria-invalid=\"true\"");
        (await site.Services.GetRequiredService<BlogAuthoring>().GetSettingsAsync("alpha")).Title.Should().NotBe("Typed but refused");
    }

    [Fact]
    public async Task Only_owners_change_settings_and_never_another_blogs()
    {
        var editor = (await site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("alpha").Issue("settings-editor", TokenRole.Editor)).Secret;
        using (var session = new StudioSession(site))
        {
            await session.SignInAsync(editor);
            (await session.GetAsync("/studio/alpha/settings")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await session.PostFormAsync("/studio/alpha/settings", Form(title: "Editor was here"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        using (var owner = new StudioSession(site))
        {
            await owner.SignInAsync(site.Owner);
            (await owner.GetAsync("/studio/beta/settings")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await owner.PostFormAsync("/studio/beta/settings", Form(title: "Cross tenant"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            using var forged = new FormUrlEncodedContent(new Dictionary<string, string>(Form(title: "Forged")) { ["__RequestVerificationToken"] = "forged" });
            (await owner.Http.PostAsync(new Uri("/studio/alpha/settings", UriKind.Relative), forged)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        var authoring = site.Services.GetRequiredService<BlogAuthoring>();
        foreach (var title in new[] { (await authoring.GetSettingsAsync("alpha")).Title, (await authoring.GetSettingsAsync("beta")).Title })
        {
            title.Should().NotBe("Editor was here").And.NotBe("Cross tenant").And.NotBe("Forged");
        }
        using var anonymous = new StudioSession(site);
        (await anonymous.GetAsync("/studio/alpha/settings")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_api_reads_and_writes_navigation_and_refuses_script_urls()
    {
        using var api = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://blogs.test") });
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", site.BetaOwner);
        var bad = await api.PatchAsJsonAsync(new Uri("/api/v1/blogs/beta", UriKind.Relative), new { navigation = new[] { new { label = "x", url = "javascript:alert(1)" } } });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await bad.Content.ReadAsStringAsync()).Should().Contain("navigation");
        var tooMany = await api.PatchAsJsonAsync(new Uri("/api/v1/blogs/beta", UriKind.Relative), new { navigation = Enumerable.Range(0, 13).Select(i => new { label = "l" + i, url = "/p" + i + "/" }) });
        tooMany.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var ok = await api.PatchAsJsonAsync(new Uri("/api/v1/blogs/beta", UriKind.Relative), new { navigation = new[] { new { label = " 소개 ", url = "/about/" } } });
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ok.Content.ReadAsStringAsync()).Should().Contain("\"navigation\":[{\"label\":\"소개\",\"url\":\"/about/\"}]");
    }
}
