using System.Net;
using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Tests.Analytics;

public sealed class CountryLookupTests
{
    [Fact]
    public void The_database_opens_from_the_build_output()
    {
        var countries = AnalyticsTestData.Countries;

        countries.IsLoaded.Should().BeTrue(countries.LoadError);
        countries.DatabaseType.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("8.8.8.8", "US")]                    // Google Public DNS
    [InlineData("2001:4860:4860::8888", "US")]       // Google Public DNS over IPv6
    [InlineData("168.126.63.1", "KR")]               // KT's public resolver (KORNET)
    [InlineData("164.124.101.2", "KR")]              // LG Uplus' public resolver
    [InlineData("211.234.0.1", "KR")]                // SK Telecom
    [InlineData("121.134.0.1", "KR")]                // KT
    [InlineData("::ffff:168.126.63.1", "KR")]        // an IPv4 client as a dual-stack socket reports it
    public void Public_addresses_have_their_registered_country(string address, string country) =>
        AnalyticsTestData.Countries.Country(IPAddress.Parse(address)).Should().Be(country);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.5.4")]
    [InlineData("192.168.0.10")]
    [InlineData("100.64.1.1")]
    [InlineData("169.254.1.1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("0.0.0.0")]
    public void Private_and_loopback_addresses_have_no_country(string address) =>
        AnalyticsTestData.Countries.Country(IPAddress.Parse(address)).Should().BeNull();

    [Fact]
    public void Concurrent_lookups_agree()
    {
        var countries = AnalyticsTestData.Countries;
        var google = IPAddress.Parse("8.8.8.8");
        var kt = IPAddress.Parse("168.126.63.1");

        var results = Enumerable.Range(0, 2000).AsParallel().Select(i => countries.Country(i % 2 == 0 ? google : kt)).ToList();

        results.Where((c, i) => c != (i % 2 == 0 ? "US" : "KR")).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_database_answers_null()
    {
        using var countries = CountryLookup.Open(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "geo.mmdb"));

        countries.IsLoaded.Should().BeFalse();
        countries.LoadError.Should().Contain("does not exist");
        countries.Country(IPAddress.Parse("8.8.8.8")).Should().BeNull();
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_not_loaded()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "not.mmdb");
        File.WriteAllText(path, "this is not a MaxMind DB file");

        using var countries = CountryLookup.Open(path);

        countries.IsLoaded.Should().BeFalse();
        countries.Country(IPAddress.Parse("8.8.8.8")).Should().BeNull();
    }
}
