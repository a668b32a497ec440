using Microsoft.Extensions.Options;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Registry;

namespace Platform.Gateway.Demo;

/// <summary>
/// On an empty data folder (no blog in the directory) creates the blog <c>demo</c> with a handful of posts we wrote
/// ourselves: tags, nested categories, a category with a slash, a table, code, an image, a post in Korean, and a post
/// scheduled a week ahead; then it issues an owner token for the demo and creates a demo owner account
/// (<see cref="DemoEmail"/>, a generated password) and logs both once, for signing in to the studio. Off with <c>Platform:SeedDemo=false</c>.
/// </summary>
internal sealed partial class DemoBlogSeeder(
    IGrainFactory grains,
    BlogAuthoring authoring,
    AccountService accounts,
    TimeProvider time,
    IOptions<PlatformOptions> options,
    ILogger<DemoBlogSeeder> logger) : IHostedService
{
    public const string BlogName = "demo";

    /// <summary>The demo owner account's email; its password is generated and logged once at first start.</summary>
    public const string DemoEmail = "owner@demo.example";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemo)
        {
            return;
        }

        if (await BlogDirectory.AnyBlogAsync(grains))
        {
            return;
        }

        try
        {
            await CreateDemoAsync(cancellationToken);
            LogSeeded(logger, BlogName);

            // The demo's owner token, shown once so a newcomer can open the studio (/studio) and see its analytics.
            var issued = await grains.GetGrain<IBlogAccessGrain>(BlogName).Issue("demo owner (printed at first start)", TokenRole.Owner);
            LogDemoToken(logger, BlogName, issued.Secret);

            // And a demo owner account with a generated password, also shown only once.
            var password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
            var user = await accounts.RegisterAsync(DemoEmail, "Demo owner", password, "en");
            await accounts.JoinAsync(BlogName, user, TokenRole.Owner);
            LogDemoAccount(logger, BlogName, DemoEmail, password);
        }
        catch (Platform.Blogging.Errors.BlogAlreadyExistsException)
        {
            // Another node sharing this store seeded it at the same moment: nothing to do, and no reason to fail start.
            LogSeededElsewhere(logger, BlogName);
        }
    }

    private async Task CreateDemoAsync(CancellationToken cancellationToken)
    {
        await authoring.CreateBlogAsync(new BlogSettings
        {
            Name = BlogName,
            Title = "Platform Demo",
            Description = "A blog created on first run, to show what Platform serves.",
            Author = "The Platform team",
            Locale = "en",
            TimeZone = "Asia/Seoul",
            PermalinkPattern = "/:year/:month/:title/",
            PostsPerPage = 5,
        });

        var assembly = typeof(DemoBlogSeeder).Assembly;
        const string Prefix = "Platform.Gateway.Demo.Posts.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var markdown = await reader.ReadToEndAsync(cancellationToken);
            var fileName = resource[Prefix.Length..];
            var scheduled = fileName.StartsWith("scheduled-", StringComparison.Ordinal);
            await authoring.CreatePostAsync(BlogName, new PostSource(markdown, fileName, scheduled ? time.GetUtcNow().AddDays(7) : null));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Created the demo blog '{Blog}' on an empty data folder")]
    private static partial void LogSeeded(ILogger logger, string blog);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Demo blog '{Blog}': sign in to the studio at /studio with this owner token (shown only now; revoke it with the tokens API): {Token}")]
    private static partial void LogDemoToken(ILogger logger, string blog, string token);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Demo blog '{Blog}': sign in to the studio at /studio as {Email} with the password {Password} (shown only now; change it on the account page)")]
    private static partial void LogDemoAccount(ILogger logger, string blog, string email, string password);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "The demo blog '{Blog}' was created by another node at the same time")]
    private static partial void LogSeededElsewhere(ILogger logger, string blog);
}
