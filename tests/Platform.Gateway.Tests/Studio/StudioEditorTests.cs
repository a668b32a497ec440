using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Blogging.Posts;
using Platform.Gateway.Tests.Analytics;

namespace Platform.Gateway.Tests.Studio;

/// <summary>The post list, the editor and the history as plain HTML forms through the real gateway.</summary>
public sealed class StudioEditorTests(AnalyticsSiteFactory site) : IClassFixture<AnalyticsSiteFactory>
{
    private BlogAuthoring Authoring => site.Services.GetRequiredService<BlogAuthoring>();

    [Fact]
    public async Task The_post_list_filters_by_status_tag_category_and_title_and_pages()
    {
        using var session = await SignedInAsync(site.Owner);

        var (status, drafts) = await session.PageAsync("/studio/alpha/posts?status=draft");
        status.Should().Be(HttpStatusCode.OK);
        drafts.Should().Contain("Secret Draft").And.NotContain("First Post").And.Contain("New post");
        (await session.PageAsync("/studio/alpha/posts?tag=python")).Html.Should().Contain("First Post").And.NotContain("Second Post");
        (await session.PageAsync("/studio/alpha/posts?category=Backend")).Html.Should().Contain("First Post").And.Contain("Second Post").And.NotContain("Third");
        (await session.PageAsync("/studio/alpha/posts?q=THIRD")).Html.Should().Contain("Third &lt;Post&gt;").And.NotContain("First Post");
        (await session.PageAsync("/studio/alpha/posts?status=lost")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await session.PageAsync("/studio/alpha/posts?q=" + new string('x', 300))).Status.Should().Be(HttpStatusCode.BadRequest);
        (await session.PageAsync("/studio/alpha/posts?page=0")).Status.Should().Be(HttpStatusCode.BadRequest);
        var html = (await session.PageAsync("/studio/alpha/posts")).Html;
        html.Should().Contain("<label for=\"q\">").And.Contain("<label for=\"status\">").And.Contain("<label for=\"tag\">")
            .And.Contain("<label for=\"category\">").And.Contain("<label for=\"author\">").And.NotContain("style=");
    }

    [Fact]
    public async Task An_owner_writes_saves_publishes_and_schedules_in_the_blogs_time_zone()
    {
        using var session = await SignedInAsync(site.Owner);
        var (_, form) = await session.PageAsync("/studio/alpha/posts/new");
        foreach (var field in new[] { "title", "slug", "date", "tags", "categories", "excerpt", "image", "description", "canonical", "markdown" })
        {
            form.Should().Contain($"<label for=\"{field}\">", field);
        }

        var fields = StudioForms.Post("Written in the studio", "Hello *studio*.", 0);
        fields["tags"] = "studio, 한국어";
        fields["canonical"] = "https://elsewhere.example/original";
        fields["excerpt"] = "A hand-written excerpt.";
        var created = await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", fields);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var edit = created.Headers.Location!.OriginalString;
        edit.Should().EndWith("/edit?done=saved");
        var id = edit.Split('/')[4];

        var post = await Authoring.GetPostAsync("alpha", id);
        post.Status.Should().Be(PostStatus.Draft, "a new post is a draft until published");
        post.Content.Tags.Should().Equal("studio", "한국어");
        post.Content.Excerpt.Should().Be("A hand-written excerpt.");
        post.Content.Source.Should().Contain("canonical_url: https://elsewhere.example/original");
        var page = (await session.PageAsync(edit)).Html;
        page.Should().Contain("Saved.").And.Contain("value=\"Written in the studio\"");

        var publish = StudioForms.Post("Written in the studio", "Hello *studio*, published.", StudioForms.Version(page), "publish");
        (await session.PostAsync(edit.Split('?')[0], edit, publish)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Authoring.GetPostAsync("alpha", id)).Status.Should().Be(PostStatus.Published);

        var second = await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", StudioForms.Post("Later", "Soon.", 0));
        var secondEdit = second.Headers.Location!.OriginalString;
        var secondPage = (await session.PageAsync(secondEdit)).Html;
        secondPage.Should().Contain("<label for=\"publishAt\">");
        var schedule = StudioForms.Post("Later", "Soon.", StudioForms.Version(secondPage), "schedule");
        schedule["publishAt"] = "2031-05-01T09:30";
        (await session.PostAsync(secondEdit.Split('?')[0], secondEdit, schedule)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var scheduled = await Authoring.GetPostAsync("alpha", secondEdit.Split('/')[4]);
        scheduled.Status.Should().Be(PostStatus.Scheduled);
        scheduled.Content.Date.Should().Be(new DateTimeOffset(2031, 5, 1, 9, 30, 0, TimeSpan.FromHours(9)), "alpha's time zone is Asia/Seoul");
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        using var session = await SignedInAsync(site.Owner);
        var before = (await Authoring.GetBlogAsync("alpha")).All.Count;
        var fields = StudioForms.Post("", "body", 0);
        fields["date"] = "not a date";
        fields["canonical"] = "javascript:alert(1)";
        fields["tags"] = "a/b";

        var response = await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", fields);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"title-error\"").And.Contain("id=\"date-error\"").And.Contain("id=\"canonical-error\"").And.Contain("id=\"tags-error\"");
        html.Should().Contain("aria-invalid=\"true\"").And.Contain("nothing was saved");
        (await Authoring.GetBlogAsync("alpha")).All.Count.Should().Be(before);

        var schedule = StudioForms.Post("Scheduled badly", "x", 0, "schedule");
        schedule["publishAt"] = "2031-13-40T99:00";
        (await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", schedule)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", StudioForms.Post("x", "y", 0, "destroy"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Authoring.GetBlogAsync("alpha")).All.Count.Should().Be(before);
    }

    [Fact]
    public async Task A_conflicting_save_shows_theirs_against_yours_and_overwrites_only_when_asked()
    {
        using var session = await SignedInAsync(site.Owner);
        var (id, edit) = await CreateAsync(session, "Shared", "line one\nline two");
        var version = StudioForms.Version((await session.PageAsync(edit)).Html);

        (await session.PostAsync(edit, edit, StudioForms.Post("Shared", "line one\nTHEIR line", version))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var conflict = await session.PostAsync(edit, edit, StudioForms.Post("Shared", "line one\nMY line", version));

        conflict.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var html = await conflict.Content.ReadAsStringAsync();
        html.Should().Contain("Someone saved this post first").And.Contain("THEIR line").And.Contain("MY line").And.Contain("Overwrite with mine").And.Contain("Reload theirs");
        (await Authoring.GetPostAsync("alpha", id)).Content.Source.Should().EndWith("THEIR line", "nothing was overwritten");

        var overwrite = await session.PostAsync(edit, edit, StudioForms.Post("Shared", "line one\nMY line", StudioForms.Version(html)));
        overwrite.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Authoring.GetPostAsync("alpha", id)).Content.Source.Should().EndWith("MY line");

        var json = await session.PostAsync(edit, edit, StudioForms.Post("Shared", "stale", version), json: true);
        json.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("conflict").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Drafts_autosave_as_json_and_published_posts_do_not()
    {
        using var session = await SignedInAsync(site.Owner);
        var (id, edit) = await CreateAsync(session, "Autosaved", "v1");
        var version = StudioForms.Version((await session.PageAsync(edit)).Html);
        var fields = StudioForms.Post("Autosaved", "v2", version);
        fields["autosave"] = "1";

        var saved = await session.PostAsync(edit, edit, fields, json: true);

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        var answer = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        answer.GetProperty("version").GetInt64().Should().Be(version + 1);
        answer.GetProperty("message").GetString().Should().StartWith("Autosaved at");
        await Authoring.ChangeStatusAsync("alpha", id, PostStatusChange.Publish, null, null);
        var published = StudioForms.Version((await session.PageAsync(edit)).Html);
        var live = StudioForms.Post("Autosaved", "half-typed", published);
        live["autosave"] = "1";
        (await session.PostAsync(edit, edit, live, json: true)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Authoring.GetPostAsync("alpha", id)).Content.Source.Should().EndWith("v2");
    }

    [Fact]
    public async Task The_preview_is_rendered_and_sanitised_by_the_blogs_pipeline_and_needs_antiforgery()
    {
        using var session = await SignedInAsync(site.Owner);
        var fields = new Dictionary<string, string> { ["markdown"] = "**bold** <script>alert(1)</script><img src=x onerror=alert(1)>" };

        var response = await session.PostAsync("/studio/alpha/preview", "/studio/alpha/posts/new", fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<strong>bold</strong>").And.NotContain("<script").And.NotContain("onerror");
        (await session.PostAsync("/studio/alpha/preview", "/studio/alpha/posts/new", fields, antiforgery: false)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", StudioForms.Post("x", "y", 0), antiforgery: false)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var noScript = StudioForms.Post("Preview", "## Heading", 0, "preview");
        var page = await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", noScript);
        (await page.Content.ReadAsStringAsync()).Should().Contain("<h2 id=\"heading\">Heading</h2>");
    }

    [Fact]
    public async Task Contributors_cannot_publish_and_authors_cannot_open_anothers_post()
    {
        var access = site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("alpha");
        var contributorToken = (await access.Issue("contributor", TokenRole.Contributor)).Secret;
        using var contributor = await SignedInAsync(contributorToken);
        var (_, newForm) = await contributor.PageAsync("/studio/alpha/posts/new");
        newForm.Should().NotContain("value=\"publish\"").And.NotContain("value=\"schedule\"");
        var (id, edit) = await CreateAsync(contributor, "Contributed", "draft text");
        var version = StudioForms.Version((await contributor.PageAsync(edit)).Html);

        var publish = await contributor.PostAsync(edit, edit, StudioForms.Post("Contributed", "draft text", version, "publish"));
        publish.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Authoring.GetPostAsync("alpha", id)).Status.Should().Be(PostStatus.Draft);

        using var author = await SignedInAsync(site.Author);
        (await author.PageAsync(edit)).Status.Should().Be(HttpStatusCode.Forbidden);
        (await author.PageAsync(edit.Replace("/edit", "/history", StringComparison.Ordinal))).Status.Should().Be(HttpStatusCode.Forbidden);
        var steal = await author.PostAsync(edit, "/studio/alpha/posts/new", StudioForms.Post("Stolen", "x", version));
        steal.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Authoring.GetPostAsync("alpha", id)).Content.Title.Should().Be("Contributed");
    }

    [Fact]
    public async Task A_session_for_one_blog_gets_403_on_every_post_route_of_another()
    {
        using var session = await SignedInAsync(site.Owner);
        var beta = (await Authoring.GetBlogAsync("beta")).All[0].Id;
        foreach (var path in new[] { "/studio/beta/posts", "/studio/beta/posts/new", $"/studio/beta/posts/{beta}/edit", $"/studio/beta/posts/{beta}/history", "/studio/nosuch/posts" })
        {
            (await session.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
        }

        foreach (var path in new[] { "/studio/beta/posts/new", $"/studio/beta/posts/{beta}/edit", "/studio/beta/preview", $"/studio/beta/posts/{beta}/history/1/restore" })
        {
            (await session.PostAsync(path, "/studio/alpha/posts/new", StudioForms.Post("Planted", "x", 1))).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
        }

        (await Authoring.GetPostAsync("beta", beta)).Content.Title.Should().Be("안녕하세요 세계");
    }

    [Fact]
    public async Task The_history_lists_revisions_shows_a_diff_and_restores_one()
    {
        using var session = await SignedInAsync(site.Owner);
        var (id, edit) = await CreateAsync(session, "Versions", "the original words");
        var version = StudioForms.Version((await session.PageAsync(edit)).Html);
        await Authoring.UpdatePostAsync("alpha", id, new PostSource("---\ntitle: Versions\n---\nrewritten by the editor"), version, savedBy: "someone-else");
        var history = $"/studio/alpha/posts/{id}/history";

        var (status, list) = await session.PageAsync(history);
        status.Should().Be(HttpStatusCode.OK);
        list.Should().Contain("Revision 1").And.Contain("token &quot;owner&quot; (you)").And.Contain("a token", "an id the blog does not know is named as such").And.NotContain("someone-else");
        var (_, diff) = await session.PageAsync(history + "?n=1");
        diff.Should().Contain("class=\"removed\"").And.Contain("the original words").And.Contain("rewritten by the editor");
        (await session.PageAsync(history + "?n=77")).Status.Should().Be(HttpStatusCode.NotFound);

        var restore = await session.PostAsync(history + "/1/restore", history + "?n=1", new Dictionary<string, string> { ["version"] = StudioForms.Version(diff).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        restore.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Authoring.GetPostAsync("alpha", id)).Content.Source.Should().EndWith("the original words");
        (await session.PageAsync(restore.Headers.Location!.OriginalString)).Html.Should().Contain("Revision 1 restored.");
        var stale = await session.PostAsync(history + "/1/restore", history, new Dictionary<string, string> { ["version"] = "1" });
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
    }

    private async Task<StudioSession> SignedInAsync(string token)
    {
        var session = new StudioSession(site);
        (await session.SignInAsync(token)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return session;
    }

    private static async Task<(string Id, string Edit)> CreateAsync(StudioSession session, string title, string markdown)
    {
        var created = await session.PostAsync("/studio/alpha/posts/new", "/studio/alpha/posts/new", StudioForms.Post(title, markdown, 0));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var edit = created.Headers.Location!.OriginalString.Split('?')[0];
        return (edit.Split('/')[4], edit);
    }
}
