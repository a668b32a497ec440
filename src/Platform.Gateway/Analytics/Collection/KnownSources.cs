namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// The sources a Referer host is named after, checked in order (the first that covers the host wins). Kept short on
/// purpose: the search engines, networks and messengers a blog's readers, many of them Korean, arrive from. Any other
/// host is shown as itself.
/// </summary>
internal static class KnownSources
{
    public static readonly KnownSource[] All =
    [
        // Search engines. The Android app hosts are what android-app:// Referers of their apps carry.
        new("Google", ReferrerGroup.Search, "google.*", "com.google.android.googlequicksearchbox"),
        new("Naver", ReferrerGroup.Search, "naver.com", "naver.me", "com.nhn.android.search"),
        new("Daum", ReferrerGroup.Search, "daum.net"),
        new("Bing", ReferrerGroup.Search, "bing.com"),
        new("DuckDuckGo", ReferrerGroup.Search, "duckduckgo.com"),
        new("Yahoo", ReferrerGroup.Search, "yahoo.*"),
        new("Yandex", ReferrerGroup.Search, "yandex.*", "ya.ru"),
        new("Baidu", ReferrerGroup.Search, "baidu.com"),
        new("Ecosia", ReferrerGroup.Search, "ecosia.org"),

        // Social networks, messengers and link aggregators.
        new("X", ReferrerGroup.Social, "t.co", "twitter.com", "x.com"),
        new("Facebook", ReferrerGroup.Social, "facebook.com", "fb.com", "fb.me"),
        new("Instagram", ReferrerGroup.Social, "instagram.com"),
        new("Threads", ReferrerGroup.Social, "threads.net", "threads.com"),
        new("LinkedIn", ReferrerGroup.Social, "linkedin.com", "lnkd.in"),
        new("Reddit", ReferrerGroup.Social, "reddit.com"),
        new("Kakao", ReferrerGroup.Social, "kakao.com"),
        new("Hacker News", ReferrerGroup.Social, "news.ycombinator.com"),
        new("YouTube", ReferrerGroup.Social, "youtube.com", "youtu.be"),

        // Code hosts.
        new("GitHub", ReferrerGroup.Code, "github.com"),
    ];

    /// <summary>The known source covering <paramref name="host"/>, or null.</summary>
    public static KnownSource? ByHost(string host)
    {
        foreach (var source in All)
        {
            if (source.Covers(host))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The known source named <paramref name="name"/> (ignoring case), or null: turns utm_source=naver into "Naver".</summary>
    public static KnownSource? ByName(string name)
    {
        foreach (var source in All)
        {
            if (source.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return source;
            }
        }

        return null;
    }
}
