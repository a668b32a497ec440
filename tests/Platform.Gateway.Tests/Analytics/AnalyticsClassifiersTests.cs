using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Tests.Analytics;

public sealed class AnalyticsClassifiersTests
{
    [Fact]
    public void Registered_with_the_default_paths_it_loads_all_three_data_sets()
    {
        AnalyticsTestData.Require(AnalyticsDataFiles.BotList);
        AnalyticsTestData.Require(AnalyticsDataFiles.UserAgentRegexes);
        AnalyticsTestData.Require(AnalyticsDataFiles.GeoIpDatabase);
        var logs = new ListLoggerProvider();
        using var provider = Services(new Dictionary<string, string?>(), logs);

        var classifiers = provider.GetRequiredService<AnalyticsClassifiers>();

        provider.GetRequiredService<AnalyticsClassifiers>().Should().BeSameAs(classifiers);
        classifiers.Bots.UsesMaintainedList.Should().BeTrue();
        classifiers.UserAgents.IsLoaded.Should().BeTrue();
        classifiers.Countries.IsLoaded.Should().BeTrue();
        logs.Messages.Should().ContainSingle(m => m.StartsWith("Analytics data: bots from ", StringComparison.Ordinal));
        logs.Messages.Should().NotContain(m => m.Contains("not loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Configured_paths_that_do_not_exist_fall_back_and_are_logged_once_each()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        var logs = new ListLoggerProvider();
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Analytics:BotList"] = Path.Combine(missing, "bots.json"),
            ["Analytics:UserAgentRegexes"] = Path.Combine(missing, "regexes.yaml"),
            ["Analytics:GeoIpDatabase"] = Path.Combine(missing, "geo.mmdb"),
        }, logs);

        var classifiers = provider.GetRequiredService<AnalyticsClassifiers>();

        classifiers.Bots.UsesMaintainedList.Should().BeFalse();
        classifiers.Bots.IsBot("curl/8.5.0").Should().BeTrue();
        classifiers.UserAgents.IsLoaded.Should().BeFalse();
        classifiers.Countries.IsLoaded.Should().BeFalse();
        logs.Messages.Should().ContainSingle(m => m.Contains("countries will be 'unknown'", StringComparison.Ordinal));
        logs.Messages.Should().ContainSingle(m => m.Contains("bots are told by the built-in fragments only", StringComparison.Ordinal));
        logs.Messages.Should().ContainSingle(m => m.Contains("browsers and operating systems will be 'Unknown'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unset_keys_use_the_files_beside_the_application()
    {
        var paths = AnalyticsDataPaths.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Analytics:BotList"] = "/srv/bots.json", ["Analytics:GeoIpDatabase"] = " " })
            .Build());

        paths.BotList.Should().Be("/srv/bots.json");
        paths.UserAgentRegexes.Should().Be(Path.Combine(AppContext.BaseDirectory, "analytics-data", "regexes.yaml"));
        paths.GeoIpDatabase.Should().Be(Path.Combine(AppContext.BaseDirectory, "analytics-data", "geo-whois-asn-country.mmdb"));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, ListLoggerProvider logs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs));
        services.AddAnalyticsCollection(configuration);
        return services.BuildServiceProvider();
    }
}
