using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Tests.Pages;

public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-restart-").FullName;

    [Fact]
    public async Task The_view_count_is_exact_after_N_page_views_and_a_host_restart()
    {
        var database = Path.Combine(_folder, "platform.db");
        string url;
        string postId;
        await using (var first = new BlogSiteFactory().WithSqlite(database))
        {
            await first.InitializeAsync();
            url = "/@alpha" + string.Join('/', first.Permalinks["first"].Split('/').Select(Uri.EscapeDataString));
            postId = first.PostIds["first"];
            using var client = first.Client();
            for (var i = 0; i < 40; i++)
            {
                await client.GetAsync(url);
            }
        }

        await using var second = new BlogSiteFactory().WithSqlite(database);
        var grain = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostGrain>(PostKey.Of("alpha", postId));

        (await grain.Read(0)).Views.Should().Be(40, "a graceful stop wrote every view the first host counted");
        using var again = second.Client();
        (await again.GetStringAsync(url)).Should().Contain("<span class=\"views\">41 views</span>");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
