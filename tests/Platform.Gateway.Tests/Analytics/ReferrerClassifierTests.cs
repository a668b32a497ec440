using Microsoft.AspNetCore.Http;
using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Tests.Analytics;

public sealed class ReferrerClassifierTests
{
    private const string Blog = "alice.blogs.example";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example.org/a")]
    public void No_usable_referer_is_direct(string? referer) =>
        ReferrerClassifier.Classify(referer, Blog).Should().Be(new ReferrerInfo("Direct / None", null, ReferrerGroup.Direct));

    [Theory]
    [InlineData("https://alice.blogs.example/posts/hello?x=1")]
    [InlineData("https://www.alice.blogs.example/")]
    [InlineData("http://ALICE.blogs.example:8080/tags/go")]
    public void The_blogs_own_host_is_internal(string referer)
    {
        var info = ReferrerClassifier.Classify(referer, "www.alice.blogs.example:443");

        info.IsInternal.Should().BeTrue();
        info.Group.Should().Be(ReferrerGroup.Internal);
    }

    [Fact]
    public void On_a_shared_host_only_the_blogs_path_base_is_internal()
    {
        ReferrerClassifier.Classify("https://blogs.example/@alpha/2024/hello", "blogs.example", pathBase: "/@alpha").IsInternal.Should().BeTrue();
        ReferrerClassifier.Classify("https://blogs.example/@alphabet/x", "blogs.example", pathBase: "/@alpha").IsInternal.Should().BeFalse();
        ReferrerClassifier.Classify("https://blogs.example/@beta/x", "blogs.example", pathBase: "/@alpha")
            .Should().Be(new ReferrerInfo("blogs.example", "blogs.example/@beta/x", ReferrerGroup.Other));
    }

    [Theory]
    [InlineData("https://www.google.com/", "Google", ReferrerGroup.Search, "google.com")]
    [InlineData("https://www.google.co.kr/search?q=orleans", "Google", ReferrerGroup.Search, "google.co.kr/search")]
    [InlineData("https://google.de/", "Google", ReferrerGroup.Search, "google.de")]
    [InlineData("android-app://com.google.android.googlequicksearchbox/", "Google", ReferrerGroup.Search, "android-app://com.google.android.googlequicksearchbox")]
    [InlineData("https://search.naver.com/search.naver?query=x", "Naver", ReferrerGroup.Search, "search.naver.com/search.naver")]
    [InlineData("https://m.search.naver.com/search.naver?query=x", "Naver", ReferrerGroup.Search, "m.search.naver.com/search.naver")]
    [InlineData("https://blog.naver.com/someone/223", "Naver", ReferrerGroup.Search, "blog.naver.com/someone/223")]
    [InlineData("https://search.daum.net/search?q=x", "Daum", ReferrerGroup.Search, "search.daum.net/search")]
    [InlineData("https://www.bing.com/search?q=x", "Bing", ReferrerGroup.Search, "bing.com/search")]
    [InlineData("https://duckduckgo.com/", "DuckDuckGo", ReferrerGroup.Search, "duckduckgo.com")]
    [InlineData("https://search.yahoo.co.jp/search?p=x", "Yahoo", ReferrerGroup.Search, "search.yahoo.co.jp/search")]
    [InlineData("https://yandex.ru/search/?text=x", "Yandex", ReferrerGroup.Search, "yandex.ru/search")]
    [InlineData("https://www.baidu.com/link?url=x", "Baidu", ReferrerGroup.Search, "baidu.com/link")]
    [InlineData("https://www.ecosia.org/search?q=x", "Ecosia", ReferrerGroup.Search, "ecosia.org/search")]
    [InlineData("https://t.co/AbC123", "X", ReferrerGroup.Social, "t.co/AbC123")]
    [InlineData("https://x.com/someone/status/1", "X", ReferrerGroup.Social, "x.com/someone/status/1")]
    [InlineData("https://twitter.com/", "X", ReferrerGroup.Social, "twitter.com")]
    [InlineData("https://l.facebook.com/l.php?u=x", "Facebook", ReferrerGroup.Social, "l.facebook.com/l.php")]
    [InlineData("https://m.facebook.com/", "Facebook", ReferrerGroup.Social, "m.facebook.com")]
    [InlineData("https://lm.facebook.com/", "Facebook", ReferrerGroup.Social, "lm.facebook.com")]
    [InlineData("https://l.instagram.com/?u=x", "Instagram", ReferrerGroup.Social, "l.instagram.com")]
    [InlineData("https://www.threads.net/@someone", "Threads", ReferrerGroup.Social, "threads.net/@someone")]
    [InlineData("https://www.linkedin.com/feed/", "LinkedIn", ReferrerGroup.Social, "linkedin.com/feed")]
    [InlineData("https://lnkd.in/abc", "LinkedIn", ReferrerGroup.Social, "lnkd.in/abc")]
    [InlineData("https://old.reddit.com/r/dotnet/comments/1", "Reddit", ReferrerGroup.Social, "old.reddit.com/r/dotnet/comments/1")]
    [InlineData("https://out.reddit.com/t3_x", "Reddit", ReferrerGroup.Social, "out.reddit.com/t3_x")]
    [InlineData("https://talk.kakao.com/", "Kakao", ReferrerGroup.Social, "talk.kakao.com")]
    [InlineData("https://story.kakao.com/someone", "Kakao", ReferrerGroup.Social, "story.kakao.com/someone")]
    [InlineData("https://pf.kakao.com/_abc", "Kakao", ReferrerGroup.Social, "pf.kakao.com/_abc")]
    [InlineData("https://news.ycombinator.com/item?id=1", "Hacker News", ReferrerGroup.Social, "news.ycombinator.com/item")]
    [InlineData("https://m.youtube.com/watch?v=x", "YouTube", ReferrerGroup.Social, "m.youtube.com/watch")]
    [InlineData("https://github.com/dotnet/orleans/issues/1", "GitHub", ReferrerGroup.Code, "github.com/dotnet/orleans/issues/1")]
    [InlineData("https://gist.github.com/someone/abc", "GitHub", ReferrerGroup.Code, "gist.github.com/someone/abc")]
    [InlineData("https://www.example.org/links.html?ref=1#top", "example.org", ReferrerGroup.Other, "example.org/links.html")]
    [InlineData("https://news.ycombinator.com.evil.example/", "news.ycombinator.com.evil.example", ReferrerGroup.Other, "news.ycombinator.com.evil.example")]
    [InlineData("https://google.example.org/", "google.example.org", ReferrerGroup.Other, "google.example.org")]
    [InlineData("https://notgithub.com/", "notgithub.com", ReferrerGroup.Other, "notgithub.com")]
    public void External_referers_are_named_and_grouped(string referer, string source, ReferrerGroup group, string referrer) =>
        ReferrerClassifier.Classify(referer, Blog).Should().Be(new ReferrerInfo(source, referrer, group));

    [Fact]
    public void The_referrer_path_is_decoded()
    {
        ReferrerClassifier.Classify("https://blog.example.kr/%EC%95%88%EB%85%95?x=1", Blog).Referrer.Should().Be("blog.example.kr/안녕");
        ReferrerClassifier.Classify("https://blog.example.kr/a%0Ab", Blog).Referrer.Should().Be("blog.example.kr/a%0Ab");
    }

    [Fact]
    public void The_referrer_is_at_most_100_characters()
    {
        var info = ReferrerClassifier.Classify("https://example.org/" + new string('a', 300), Blog);

        info.Referrer.Should().HaveLength(100).And.StartWith("example.org/aaa");
    }

    [Fact]
    public void Utm_source_names_the_source_only_when_there_is_no_external_referer()
    {
        ReferrerClassifier.Classify(null, Blog, "newsletter").Should().Be(new ReferrerInfo("newsletter", null, ReferrerGroup.Other));
        ReferrerClassifier.Classify("https://alice.blogs.example/", Blog, " newsletter ").Should().Be(new ReferrerInfo("newsletter", null, ReferrerGroup.Other));
        ReferrerClassifier.Classify(null, Blog, "naver").Should().Be(new ReferrerInfo("Naver", null, ReferrerGroup.Search));
        ReferrerClassifier.Classify("https://news.ycombinator.com/item?id=1", Blog, "newsletter").Source.Should().Be("Hacker News");
        ReferrerClassifier.Classify(null, Blog, "  ").Group.Should().Be(ReferrerGroup.Direct);
    }

    [Fact]
    public void Utm_tags_are_read_from_a_query_string_trimmed_and_cut()
    {
        ReferrerClassifier.Utm("?utm_source=%20naver%20&utm_medium=cpc&utm_campaign=" + new string('c', 150))
            .Should().Be(("naver", "cpc", new string('c', 100)));
        ReferrerClassifier.Utm("utm_source=&utm_medium=%20").Should().Be(((string?)null, (string?)null, (string?)null));
        ReferrerClassifier.Utm((string?)null).Should().Be(((string?)null, (string?)null, (string?)null));
    }

    [Fact]
    public void Utm_tags_are_read_from_a_request_query()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?utm_source=kakao&utm_campaign=launch");

        ReferrerClassifier.Utm(context.Request.Query).Should().Be(("kakao", (string?)null, "launch"));
    }
}
