using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Authoring;
using Platform.Gateway.Tests.Analytics;

namespace Platform.Gateway.Tests.Studio;

/// <summary>Who wrote what, by name rather than id; and a Korean blog's studio wording the Blogging layer's refusals in Korean.</summary>
public sealed class StudioNamesAndLanguageTests(AnalyticsSiteFactory site) : IClassFixture<AnalyticsSiteFactory>
{
    [Fact]
    public async Task The_history_and_the_author_filter_name_members_and_a_removed_member_reads_as_such()
    {
        var accounts = site.Services.GetRequiredService<AccountService>();
        var email = "hana-" + Guid.NewGuid().ToString("N")[..8] + "@alpha.test";
        var hana = await accounts.RegisterAsync(email, "Hana Kim", "hana's long password", "en");
        await accounts.JoinAsync("alpha", hana, TokenRole.Author);

        string id;
        using (var writer = new StudioSession(site))
        {
            (await writer.SignInWithPasswordAsync(email, "hana's long password")).StatusCode.Should().Be(HttpStatusCode.Redirect);
            var created = await writer.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", StudioForms.Post("Written by Hana", "her words", 0));
            created.StatusCode.Should().Be(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
            id = created.Headers.Location!.OriginalString.Split('?')[0].Split('/')[4];
            (await writer.PageAsync($"/studio/alpha/posts/{id}/history")).Html.Should().Contain("Hana Kim (you)");
        }

        using var owner = new StudioSession(site);
        await owner.SignInAsync(site.Owner);
        var history = (await owner.PageAsync($"/studio/alpha/posts/{id}/history")).Html;
        history.Should().Contain("<td>Hana Kim</td>").And.NotContain(hana.Id, "the page names the member, not their id");

        var list = (await owner.PageAsync("/studio/alpha/posts")).Html;
        list.Should().Contain($"<option value=\"usr_{hana.Id}\">Hana Kim (author)</option>");
        list.Should().Contain("token &quot;editor&quot; (editor)");
        var filtered = (await owner.PageAsync($"/studio/alpha/posts?author=usr_{hana.Id}")).Html;
        filtered.Should().Contain("Written by Hana").And.NotContain("First Post");

        await accounts.RemoveAsync("alpha", hana.Id);
        var after = (await owner.PageAsync($"/studio/alpha/posts/{id}/history")).Html;
        after.Should().Contain("<td>removed member</td>").And.NotContain("Hana Kim");
    }

    [Fact]
    public async Task A_korean_blogs_settings_page_shows_the_validators_refusal_in_korean_while_the_api_keeps_english()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.BetaOwner);
        var refused = await session.PostFormAsync("/studio/beta/settings", new Dictionary<string, string>
        {
            ["title"] = "베타 블로그", ["description"] = "", ["author"] = "", ["locale"] = "ko", ["timeZone"] = "Mars/Olympus",
            ["permalinkPattern"] = "pretty", ["postsPerPage"] = "10", ["navigation"] = "", ["customDomains"] = "",
        });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.Should().Contain("lang=\"ko\"").And.Contain("id=\"timeZone-error\"").And.Contain("알 수 없는 시간대입니다");
        html.Should().NotContain("is not a known IANA time zone");
        (await site.Services.GetRequiredService<BlogAuthoring>().GetSettingsAsync("beta")).TimeZone.Should().Be("Asia/Seoul");

        var tooMany = await session.PostFormAsync("/studio/beta/settings", new Dictionary<string, string>
        {
            ["title"] = "베타 블로그", ["description"] = "", ["author"] = "", ["locale"] = "ko", ["timeZone"] = "Asia/Seoul",
            ["permalinkPattern"] = "pretty", ["postsPerPage"] = "10", ["navigation"] = "", ["customDomains"] = "bad_domain.example",
        });
        tooMany.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooMany.Content.ReadAsStringAsync()).Should().Contain("올바른 호스트 이름이 아닌 도메인");

        using var api = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://blogs.test") });
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", site.BetaOwner);
        var problem = await api.PatchAsJsonAsync(new Uri("/api/v1/blogs/beta", UriKind.Relative), new { timeZone = "Mars/Olympus" });
        problem.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await problem.Content.ReadAsStringAsync()).Should().Contain("is not a known IANA time zone").And.NotContain("시간대");
    }

    [Fact]
    public async Task A_korean_blogs_editor_shows_the_content_limits_refusal_in_korean_next_to_its_field()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.BetaOwner);
        var before = (await site.Services.GetRequiredService<BlogAuthoring>().GetBlogAsync("beta")).All.Count;
        var fields = StudioForms.Post("태그가 너무 많은 글", "본문", 0);
        fields["tags"] = string.Join(", ", Enumerable.Range(1, 51).Select(i => "태그" + i));
        var refused = await session.PostAsync("/studio/beta/posts/new", "/studio/beta/posts/new", fields);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"tags-error\"").And.Contain("태그는 최대 50개입니다.").And.NotContain("A post has at most 50 tags.");
        (await site.Services.GetRequiredService<BlogAuthoring>().GetBlogAsync("beta")).All.Should().HaveCount(before, "nothing is saved");
    }

    [Fact]
    public async Task An_english_blogs_settings_page_keeps_the_validators_english_words()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        var settings = await site.Services.GetRequiredService<BlogAuthoring>().GetSettingsAsync("alpha");
        var refused = await session.PostFormAsync("/studio/alpha/settings", new Dictionary<string, string>
        {
            ["title"] = settings.Title, ["description"] = "", ["author"] = "", ["locale"] = "en", ["timeZone"] = "Mars/Olympus",
            ["permalinkPattern"] = settings.PermalinkPattern, ["postsPerPage"] = "2", ["navigation"] = "", ["customDomains"] = "",
        });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("is not a known IANA time zone").And.NotContain("시간대입니다");
    }
}
