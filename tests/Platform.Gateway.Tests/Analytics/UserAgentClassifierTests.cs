using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Tests.Analytics;

public sealed class UserAgentClassifierTests
{
    [Fact]
    public void The_regexes_load_from_the_build_output()
    {
        var classifier = AnalyticsTestData.UserAgents;

        classifier.IsLoaded.Should().BeTrue(classifier.LoadError);
        classifier.RuleCount.Should().BeGreaterThan(1000);
    }

    [Theory]
    [InlineData(UserAgents.WindowsChrome, "Chrome", "Windows", DeviceClass.Desktop)]
    [InlineData(UserAgents.WindowsEdge, "Edge", "Windows", DeviceClass.Desktop)]
    [InlineData(UserAgents.MacFirefox, "Firefox", "Mac OS X", DeviceClass.Desktop)]
    [InlineData(UserAgents.MacSafari, "Safari", "Mac OS X", DeviceClass.Desktop)]
    [InlineData(UserAgents.LinuxFirefox, "Firefox", "Linux", DeviceClass.Desktop)]
    [InlineData(UserAgents.IPhoneSafari, "Mobile Safari", "iOS", DeviceClass.Mobile)]
    [InlineData(UserAgents.IPadSafari, "Mobile Safari", "iOS", DeviceClass.Tablet)]
    [InlineData(UserAgents.SamsungInternetPhone, "Samsung Internet", "Android", DeviceClass.Mobile)]
    [InlineData(UserAgents.AndroidChromePhone, "Chrome Mobile", "Android", DeviceClass.Mobile)]
    [InlineData(UserAgents.AndroidChromeTablet, "Chrome", "Android", DeviceClass.Tablet)]
    [InlineData(UserAgents.GalaxyTabChrome, "Chrome", "Android", DeviceClass.Tablet)]
    public void Browser_os_and_device_class(string userAgent, string browser, string os, DeviceClass device)
    {
        AnalyticsTestData.UserAgents.Classify(userAgent).Should().Be(new UserAgentInfo(browser, os, device));
    }

    [Theory]
    [InlineData(UserAgents.NaverAppAndroid, "NAVER", "Android")]
    [InlineData(UserAgents.NaverAppIPhone, "NAVER", "iOS")]
    [InlineData(UserAgents.KakaoTalkAndroid, "KakaoTalk", "Android")]
    [InlineData(UserAgents.KakaoTalkIPhone, "KakaoTalk", "iOS")]
    [InlineData(UserAgents.WindowsWhale, "Whale", "Windows")]
    public void Korean_apps_and_browsers_are_named(string userAgent, string browser, string os)
    {
        var info = AnalyticsTestData.UserAgents.Classify(userAgent);

        info.Browser.Should().Be(browser);
        info.Os.Should().Be(os);
        info.Device.Should().Be(os == "Windows" ? DeviceClass.Desktop : DeviceClass.Mobile);
    }

    [Fact]
    public void Nothing_recognised_is_unknown_and_no_user_agent_has_no_device()
    {
        var classifier = AnalyticsTestData.UserAgents;

        classifier.Classify("SomethingNobodySends").Should().Be(new UserAgentInfo(UserAgentInfo.Unknown, UserAgentInfo.Unknown, DeviceClass.Desktop));
        classifier.Classify("").Should().Be(UserAgentInfo.None);
        classifier.Classify(null).Device.Should().Be(DeviceClass.Unknown);
    }

    [Fact]
    public void Repeated_user_agents_get_the_same_answer()
    {
        var classifier = AnalyticsTestData.UserAgents;

        var first = classifier.Classify(UserAgents.SamsungInternetPhone);
        classifier.Classify(UserAgents.SamsungInternetPhone).Should().BeSameAs(first);
    }

    [Fact]
    public void Without_the_regexes_browser_and_os_are_unknown_and_the_device_class_still_comes_from_the_user_agent()
    {
        var classifier = UserAgentClassifier.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "regexes.yaml"));

        classifier.IsLoaded.Should().BeFalse();
        classifier.LoadError.Should().Contain("does not exist");
        classifier.Classify(UserAgents.WindowsChrome).Should().Be(new UserAgentInfo("Unknown", "Unknown", DeviceClass.Desktop));
        classifier.Classify(UserAgents.IPhoneSafari).Device.Should().Be(DeviceClass.Mobile);
        classifier.Classify(UserAgents.IPadSafari).Device.Should().Be(DeviceClass.Tablet);
        classifier.Classify(UserAgents.AndroidChromeTablet).Device.Should().Be(DeviceClass.Tablet);
    }

    [Fact]
    public void Replacements_substitute_groups_and_flags_make_rules_case_insensitive()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "regexes.yaml");
        File.WriteAllText(path, """
            user_agent_parsers:
              - regex: '(ExampleBrowser)/(\d+)'
                family_replacement: '$1 Pro'
              - regex: 'lowercase/(\d+)'
                regex_flag: 'i'
                family_replacement: 'Lowercase'
            os_parsers:
              - regex: '(ExampleOS) (\d+)'
            device_parsers:
              - regex: '; (Slab) Build'
                device_replacement: 'Example $1'
                brand_replacement: 'Example'
                model_replacement: '$1 Tablet'
            """);

        var classifier = UserAgentClassifier.Load(path);

        classifier.IsLoaded.Should().BeTrue(classifier.LoadError);
        classifier.Classify("ExampleBrowser/3 (ExampleOS 2; Slab Build)").Should().Be(new UserAgentInfo("ExampleBrowser Pro", "ExampleOS", DeviceClass.Tablet));
        classifier.Classify("LOWERCASE/1").Browser.Should().Be("Lowercase");
    }
}
