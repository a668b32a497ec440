using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Tests.Pages;

/// <summary>
/// The real gateway (pages, feeds, tenancy) over storage chosen per fixture, with two blogs made through the real
/// authoring service: <c>alpha</c> (English, custom domain alpha.example, Asia/Seoul) and <c>beta</c> (Korean).
/// </summary>
public class BlogSiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BrowserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Provider"] = "memory",
        ["Platform:SeedDemo"] = "false",
        ["Platform:Domain"] = "blogs.test",
        ["Pages:LikesPerMinute"] = "5",
    };

    /// <summary>Sets a configuration value (before the first request).</summary>
    public BlogSiteFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public Dictionary<string, string> Permalinks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> PostIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Use a SQLite file instead of memory (for restarts).</summary>
    public BlogSiteFactory WithSqlite(string path)
    {
        _settings["Storage:Provider"] = "sqlite";
        _settings["Storage:Sqlite:Path"] = path;
        return this;
    }

    public HttpClient Client(string host = "localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserAgent);
        return client;
    }

    public virtual async Task InitializeAsync()
    {
        var authoring = Services.GetRequiredService<BlogAuthoring>();
        await authoring.CreateBlogAsync(new BlogSettings
        {
            Name = "alpha", Title = "Alpha & Co", Description = "Notes <about> code", Author = "Ada", TimeZone = "Asia/Seoul",
            PermalinkPattern = "/:year/:month/:title/", PostsPerPage = 2, CustomDomains = ["alpha.example"],
        });
        await authoring.CreateBlogAsync(new BlogSettings { Name = "beta", Title = "베타 블로그", Locale = "ko", TimeZone = "Asia/Seoul" });
        await AddAsync(authoring, "alpha", "first", "---\ntitle: First Post\ndate: 2026-01-10 09:00:00 +0900\ncategories: [Backend, Django]\ntags: [python, web]\ndescription: The first one.\nimage: /img/cover.png\n---\nHello **first**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        await AddAsync(authoring, "alpha", "second", "---\ntitle: Second Post\ndate: 2026-02-10 09:00:00 +0900\ncategories: [Backend]\ntags: [web]\n---\nSecond body.");
        await AddAsync(authoring, "alpha", "third", "---\ntitle: Third <Post>\ndate: 2026-03-10 09:00:00 +0900\ncategories: [AI/ML]\ntags: [ml]\n---\nThird body.");
        await AddAsync(authoring, "alpha", "draft", "---\ntitle: Secret Draft\ndraft: true\ntags: [web]\n---\nnot public");
        await Services.GetRequiredService<Platform.Gateway.Hosting.CustomDomainSync>().RefreshAsync();
        await AddAsync(authoring, "beta", "korean", "---\ntitle: 안녕하세요 세계\ndate: 2026-04-01 10:00:00 +0900\ntags: [한국어]\ncategories: [일상]\n---\n본문입니다.");
    }

    public new async Task DisposeAsync() => await base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings.Concat(FreePort.SiloSettings()))
        {
            builder.UseSetting(key, value);
        }

        // Requests may name their client address with X-Test-Peer (the test server has no real connection).
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerStartupFilter>());
    }

    private sealed class PeerStartupFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Platform.Gateway.Tests.Hosting.GatewayFactory.PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private async Task AddAsync(BlogAuthoring authoring, string blog, string name, string markdown)
    {
        var saved = await authoring.CreatePostAsync(blog, new PostSource(markdown));
        Permalinks[name] = saved.Entry.Permalink;
        PostIds[name] = saved.Entry.Id;
    }
}
