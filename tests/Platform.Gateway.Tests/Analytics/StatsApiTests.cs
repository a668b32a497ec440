using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests.Analytics;

/// <summary>
/// The Stats API against synthetic traffic with known answers: distinct address and User-Agent pairs through a
/// trusted X-Forwarded-For, known referrers, UTM tags and countries, sent to real pages of the real gateway.
/// </summary>
public sealed class StatsApiTests(AnalyticsSiteFactory site) : IClassFixture<AnalyticsSiteFactory>, IAsyncLifetime
{
    private const int Visitors = 40;
    private static readonly string[] Referrers = ["https://search.naver.com/search.naver?query=orleans", "https://www.google.co.kr/", "", "https://news.ycombinator.com/item?id=1"];
    private static bool s_sent;
    private static readonly SemaphoreSlim s_sending = new(1, 1);

    public async Task InitializeAsync()
    {
        await s_sending.WaitAsync();
        try
        {
            if (!s_sent)
            {
                await SendTrafficAsync();
                s_sent = true;
            }
        }
        finally
        {
            s_sending.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Aggregate_matches_the_traffic_sent()
    {
        var json = await GetJsonAsync("/api/v1/blogs/alpha/stats/aggregate?period=day&metrics=visitors,visits,pageviews,views_per_visit,bounce_rate,visit_duration");
        var results = json.GetProperty("results");
        results.GetProperty("visitors").GetProperty("value").GetInt64().Should().Be(Visitors);
        results.GetProperty("visits").GetProperty("value").GetInt64().Should().Be(Visitors);
        results.GetProperty("pageviews").GetProperty("value").GetInt64().Should().Be(Visitors + (Visitors / 2));
        results.GetProperty("bounce_rate").GetProperty("value").GetInt64().Should().Be(50);
        results.GetProperty("views_per_visit").GetProperty("value").GetDouble().Should().Be(1.5);
    }

    [Fact]
    public async Task Compare_adds_the_previous_period()
    {
        var json = await GetJsonAsync("/api/v1/blogs/alpha/stats/aggregate?period=day&metrics=visitors&compare=previous_period");
        var visitors = json.GetProperty("results").GetProperty("visitors");
        visitors.GetProperty("comparison_value").GetInt64().Should().Be(0);
        visitors.GetProperty("change").GetDouble().Should().Be(100);
    }

    [Fact]
    public async Task Sources_countries_and_campaigns_break_down_as_sent()
    {
        var sources = await BreakdownAsync("visit:source");
        sources.Should().BeEquivalentTo(new Dictionary<string, long> { ["Naver"] = 8, ["Google"] = 8, ["Direct / None"] = 8, ["newsletter"] = 8, ["Hacker News"] = 8 });
        var countries = await BreakdownAsync("visit:country");
        countries.Should().BeEquivalentTo(new Dictionary<string, long> { ["KR"] = 20, ["US"] = 20 });
        var campaigns = await BreakdownAsync("visit:utm_campaign");
        campaigns.Should().BeEquivalentTo(new Dictionary<string, long> { ["spring"] = 8, ["(not set)"] = 32 });
        var devices = await BreakdownAsync("visit:device");
        devices.Should().BeEquivalentTo(new Dictionary<string, long> { ["Desktop"] = 20, ["Mobile"] = 20 });
        var pages = await BreakdownAsync("event:page", "pageviews");
        pages.Should().HaveCount(2);
        pages["/"].Should().Be(Visitors / 2);
        var tags = await BreakdownAsync("event:tag", "pageviews");
        tags.Should().BeEquivalentTo(new Dictionary<string, long> { ["python"] = Visitors, ["web"] = Visitors });
    }

    [Fact]
    public async Task Filters_use_plausibles_syntax()
    {
        var json = await GetJsonAsync("/api/v1/blogs/alpha/stats/aggregate?period=day&metrics=visitors,pageviews&filters=" + Uri.EscapeDataString("visit:source==Naver;visit:country==KR"));
        json.GetProperty("results").GetProperty("visitors").GetProperty("value").GetInt64().Should().Be(4);
        var notNaver = await GetJsonAsync("/api/v1/blogs/alpha/stats/aggregate?period=day&filters=" + Uri.EscapeDataString("visit:source!=Naver"));
        notNaver.GetProperty("results").GetProperty("visitors").GetProperty("value").GetInt64().Should().Be(32);
        var pageFilter = await GetJsonAsync("/api/v1/blogs/alpha/stats/breakdown?period=day&property=visit:source&filters=" + Uri.EscapeDataString("event:page==/"));
        pageFilter.GetProperty("results").EnumerateArray().Sum(r => r.GetProperty("visitors").GetInt64()).Should().Be(Visitors / 2);
    }

    [Fact]
    public async Task Timeseries_puts_todays_traffic_in_todays_bucket()
    {
        var json = await GetJsonAsync("/api/v1/blogs/alpha/stats/timeseries?period=7d&metrics=visitors,pageviews");
        var rows = json.GetProperty("results").EnumerateArray().ToList();
        rows.Should().HaveCount(7);
        rows[^1].GetProperty("visitors").GetInt64().Should().Be(Visitors);
        rows.Take(6).Sum(r => r.GetProperty("pageviews").GetInt64()).Should().Be(0);
        var hours = await GetJsonAsync("/api/v1/blogs/alpha/stats/timeseries?period=day&interval=hour&metrics=pageviews");
        hours.GetProperty("results").GetArrayLength().Should().Be(24);
        hours.GetProperty("results").EnumerateArray().Sum(r => r.GetProperty("pageviews").GetInt64()).Should().Be(Visitors + (Visitors / 2));
    }

    [Fact]
    public async Task Realtime_is_a_bare_integer()
    {
        using var client = Api(site.Owner);
        var body = await client.GetStringAsync(new Uri("/api/v1/blogs/alpha/stats/realtime/visitors", UriKind.Relative));
        body.Trim().Should().Be(Visitors.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Export_is_a_zip_of_csv_reports()
    {
        using var client = Api(site.Editor);
        var response = await client.GetAsync(new Uri("/api/v1/blogs/alpha/stats/export?period=7d", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.Name).Should().Contain(["visitors.csv", "pages.csv", "sources.csv", "countries.csv", "devices.csv", "browsers.csv", "operating_systems.csv", "utm_sources.csv", "utm_mediums.csv", "utm_campaigns.csv"]);
        using var reader = new StreamReader(zip.GetEntry("visitors.csv")!.Open());
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration");
        lines.Should().HaveCount(8);
        lines[^1].Should().Contain($",{Visitors},{Visitors + (Visitors / 2)},{Visitors},1.5,50,");
        using var sources = new StreamReader(zip.GetEntry("sources.csv")!.Open());
        (await sources.ReadToEndAsync()).Should().StartWith("name,visitors,visits,pageviews,bounce_rate,visit_duration\n").And.Contain("Naver,8,");
    }

    [Theory]
    [InlineData("aggregate?period=week", "period")]
    [InlineData("aggregate?period=custom&date=2026-03-01", "date")]
    [InlineData("aggregate?period=day&date=yesterday", "date")]
    [InlineData("aggregate?metrics=visitors,time_on_page", "metrics")]
    [InlineData("aggregate?compare=year_over_year", "compare")]
    [InlineData("aggregate?filters=visit:planet==Mars", "filters")]
    [InlineData("aggregate?filters=visit:source", "filters")]
    [InlineData("timeseries?period=12mo&interval=hour", "interval")]
    [InlineData("timeseries?interval=week", "interval")]
    [InlineData("breakdown", "property")]
    [InlineData("breakdown?property=event:hostname", "property")]
    [InlineData("breakdown?property=visit:source&limit=0", "limit")]
    [InlineData("breakdown?property=visit:source&limit=1001", "limit")]
    [InlineData("breakdown?property=visit:source&page=x", "page")]
    [InlineData("export?period=forever", "period")]
    public async Task Bad_parameters_are_400_problems_naming_them(string query, string parameter)
    {
        using var client = Api(site.Owner);
        var response = await client.GetAsync(new Uri("/api/v1/blogs/alpha/stats/" + query, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("field").GetString().Should().Be(parameter);
    }

    [Fact]
    public async Task Another_blogs_token_and_lesser_roles_are_refused()
    {
        using var beta = Api(site.BetaOwner);
        (await beta.GetAsync(new Uri("/api/v1/blogs/alpha/stats/aggregate", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await beta.GetAsync(new Uri("/api/v1/blogs/alpha/stats/realtime/visitors", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await beta.GetAsync(new Uri("/api/v1/blogs/alpha/stats/export", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var author = Api(site.Author);
        (await author.GetAsync(new Uri("/api/v1/blogs/alpha/stats/breakdown?property=visit:source", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var anonymous = Api(null);
        (await anonymous.GetAsync(new Uri("/api/v1/blogs/alpha/stats/aggregate", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var betaStats = await beta.GetStringAsync(new Uri("/api/v1/blogs/beta/stats/aggregate?period=day", UriKind.Relative));
        JsonDocument.Parse(betaStats).RootElement.GetProperty("results").GetProperty("visitors").GetProperty("value").GetInt64().Should().Be(0, "alpha's traffic never shows in beta");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_stats_api()
    {
        using var client = Api(null);
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        foreach (var path in new[] { "aggregate", "timeseries", "breakdown", "realtime/visitors", "export" })
        {
            document.Should().Contain("/api/v1/blogs/{blog}/stats/" + path);
        }

        document.Should().Contain("\"filters\"").And.Contain("\"period\"").And.Contain("\"property\"");
    }

    private async Task SendTrafficAsync()
    {
        var post = "/@alpha" + site.Permalinks["first"];
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        for (var i = 0; i < Visitors; i++)
        {
            var mobile = i % 2 == 1;
            var agent = mobile
                ? $"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{i} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{i} Mobile/15E148 Safari/604.1"
                : $"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.{i}.0 Safari/537.36";
            var address = i < 20 ? $"121.134.1.{i + 1}" : $"8.8.8.{i}";
            var campaign = i % 5 == 0 ? "?utm_source=newsletter&utm_campaign=spring" : "";
            var referrer = i % 5 == 0 ? "" : Referrers[i % 4];
            await SendAsync(client, post + campaign, agent, address, referrer);
            if (i % 2 == 0)
            {
                await SendAsync(client, "/@alpha/", agent, address, "http://localhost/@alpha" + site.Permalinks["first"]);
            }
        }

        // Not views: a search engine's crawler, Naver's crawler and a command-line tool.
        await SendAsync(client, post, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "66.249.66.1", "");
        await SendAsync(client, post, "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)", "125.209.1.1", "");
        await SendAsync(client, post, "curl/8.5.0", "121.134.9.9", "");
        await site.FlushAsync();
    }

    private static async Task SendAsync(HttpClient client, string path, string agent, string address, string referrer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", agent);
        request.Headers.Add("X-Test-Peer", AnalyticsSiteFactory.Proxy);
        request.Headers.Add("X-Forwarded-For", address);
        if (referrer.Length > 0)
        {
            request.Headers.Referrer = new Uri(referrer);
        }

        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
    }

    private async Task<Dictionary<string, long>> BreakdownAsync(string property, string metric = "visitors")
    {
        var json = await GetJsonAsync($"/api/v1/blogs/alpha/stats/breakdown?period=day&property={property}&metrics={metric}");
        var key = property.Split(':')[1];
        return json.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty(key).GetString()!, r => r.GetProperty(metric).GetInt64());
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = Api(site.Owner);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private HttpClient Api(string? token)
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });
        if (token is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        return client;
    }
}
