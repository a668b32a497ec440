using Platform.Blogging.Analytics;

namespace Platform.Bench.Analytics;

/// <summary>
/// Synthetic traffic for one blog: visits spread over each day with an evening peak, 1–6 views each (most visits
/// bounce), pages drawn from a long-tailed set of posts, and sources, countries and devices in fixed proportions.
/// Deterministic for a seed.
/// </summary>
internal sealed class TrafficGenerator(int seed, int posts = 400)
{
    private static readonly string?[] Sources = ["Google", "Naver", "Naver", "Daum", null, null, "GitHub", "Hacker News", "X", "Kakao", "velog.io", "news.hada.io"];
    private static readonly string[] Countries = ["KR", "KR", "KR", "KR", "US", "US", "JP", "DE", "GB", "CA", "IN", "SG"];
    private static readonly (string Device, string Browser, string Os)[] Agents =
    [
        ("Desktop", "Chrome", "Windows"), ("Desktop", "Chrome", "Mac OS X"), ("Desktop", "Safari", "Mac OS X"), ("Desktop", "Firefox", "Linux"),
        ("Mobile", "Mobile Safari", "iOS"), ("Mobile", "Chrome Mobile", "Android"), ("Mobile", "Samsung Internet", "Android"), ("Tablet", "Mobile Safari", "iOS"),
    ];

    private readonly Random _random = new(seed);

    /// <summary>About <paramref name="pageviews"/> views on the day that starts at <paramref name="start"/>, in time order.</summary>
    public List<PageviewEvent> Day(DateTimeOffset start, int pageviews)
    {
        var events = new List<PageviewEvent>(pageviews + 8);
        while (events.Count < pageviews)
        {
            var visitor = (ulong)_random.NextInt64() ^ ((ulong)_random.NextInt64() << 1);
            var at = start.AddSeconds(Math.Min(86_399, Math.Abs(NextGaussian() * 14_000 + 50_000)));
            var views = _random.NextDouble() < 0.55 ? 1 : 2 + _random.Next(5);
            var source = Sources[_random.Next(Sources.Length)];
            var campaign = _random.NextDouble() < 0.05 ? "newsletter-" + _random.Next(12) : null;
            var country = Countries[_random.Next(Countries.Length)];
            var agent = Agents[_random.Next(Agents.Length)];
            for (var v = 0; v < views && events.Count < pageviews; v++)
            {
                var post = (int)Math.Min(posts - 1, Math.Floor(Math.Pow(_random.NextDouble(), 2.5) * posts));
                events.Add(new PageviewEvent
                {
                    At = at,
                    Visitor = visitor,
                    Page = post == 0 ? "/" : $"/2026/{1 + (post % 12):00}/post-{post}/",
                    Source = v == 0 ? source : null,
                    Referrer = v == 0 && source is not null ? source.ToLowerInvariant() + ".example/" : null,
                    UtmSource = campaign is null ? null : "newsletter",
                    UtmMedium = campaign is null ? null : "email",
                    UtmCampaign = campaign,
                    Country = country,
                    Device = agent.Device,
                    Browser = agent.Browser,
                    Os = agent.Os,
                    Tags = post == 0 ? null : ["tag-" + (post % 20), "tag-" + (post % 7)],
                    Categories = post == 0 ? null : ["cat-" + (post % 5)],
                });
                at = at.AddSeconds(20 + _random.Next(400));
            }
        }

        events.Sort((a, b) => a.At.CompareTo(b.At));
        return events;
    }

    private double NextGaussian()
    {
        var u = 1 - _random.NextDouble();
        var v = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
