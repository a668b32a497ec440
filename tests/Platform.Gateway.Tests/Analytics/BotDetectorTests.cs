using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Tests.Analytics;

public sealed class BotDetectorTests
{
    public static TheoryData<string> Browsers => new(UserAgents.Browsers);

    public static TheoryData<string> Bots => new(UserAgents.Bots);

    [Fact]
    public void The_maintained_list_loads_from_the_build_output()
    {
        var bots = AnalyticsTestData.Bots;

        bots.UsesMaintainedList.Should().BeTrue(bots.LoadError);
        bots.PatternCount.Should().BeGreaterThan(1000);
        bots.LoadError.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Bots))]
    public void Crawlers_previewers_and_tools_are_bots(string userAgent) =>
        AnalyticsTestData.Bots.IsBot(userAgent).Should().BeTrue();

    [Theory]
    [MemberData(nameof(Browsers))]
    public void Browsers_and_in_app_browsers_are_not_bots(string userAgent) =>
        AnalyticsTestData.Bots.IsBot(userAgent).Should().BeFalse();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_user_agent_is_a_bot(string? userAgent) =>
        AnalyticsTestData.Bots.IsBot(userAgent).Should().BeTrue();

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)")]
    [InlineData("Mozilla/5.0 (compatible; MSIE or Firefox mutant; not on Windows server; + http://tab.search.daum.net/aboutWebSearch.html) Daumoa/3.0")]
    public void The_maintained_list_knows_crawlers_the_fragments_miss(string userAgent)
    {
        BotDetector.BuiltIn().IsBot(userAgent).Should().BeFalse("the built-in fragments do not name this crawler");
        AnalyticsTestData.Bots.IsBot(userAgent).Should().BeTrue();
    }

    [Fact]
    public void Answers_are_the_same_from_the_cache()
    {
        var bots = AnalyticsTestData.Bots;

        for (var i = 0; i < 3; i++)
        {
            bots.IsBot(UserAgents.KakaoTalkIPhone).Should().BeFalse();
            bots.IsBot("Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)").Should().BeTrue();
        }
    }

    [Fact]
    public void A_missing_list_falls_back_to_the_built_in_fragments()
    {
        var bots = BotDetector.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "crawler-user-agents.json"));

        bots.UsesMaintainedList.Should().BeFalse();
        bots.PatternCount.Should().BeGreaterThan(10);
        bots.LoadError.Should().Contain("does not exist");
        bots.IsBot("curl/8.5.0").Should().BeTrue();
        bots.IsBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").Should().BeTrue();
        bots.IsBot(UserAgents.WindowsChrome).Should().BeFalse();
        bots.IsBot(UserAgents.NaverAppAndroid).Should().BeFalse();
    }

    [Fact]
    public void An_unreadable_list_falls_back_and_patterns_dotnet_refuses_are_skipped()
    {
        using var dir = new TempDir();
        var broken = Path.Combine(dir.Path, "broken.json");
        File.WriteAllText(broken, "{ not json");
        var partial = Path.Combine(dir.Path, "partial.json");
        File.WriteAllText(partial, """[{"pattern": "Examplebot\\/"}, {"pattern": "(unclosed"}, {"url": "no pattern"}]""");

        BotDetector.Load(broken).UsesMaintainedList.Should().BeFalse();
        var list = BotDetector.Load(partial);
        list.UsesMaintainedList.Should().BeTrue();
        list.PatternCount.Should().Be(1);
        list.SkippedPatterns.Should().Be(1);
        list.IsBot("Mozilla/5.0 (compatible; EXAMPLEBOT/1.0)").Should().BeTrue("patterns match case-insensitively");
        list.IsBot(UserAgents.MacSafari).Should().BeFalse();
    }
}
