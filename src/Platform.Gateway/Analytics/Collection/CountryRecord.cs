using MaxMind.Db;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// The part of a country database record that <see cref="CountryLookup"/> reads, in either layout:
/// ip-location-db's <c>{"country_code": "KR"}</c> or MaxMind GeoIP2/GeoLite2's <c>{"country": {"iso_code": "KR"}}</c>.
/// </summary>
internal sealed class CountryRecord
{
    [MapKey("country_code")]
    public string? CountryCode { get; init; }

    [MapKey("country")]
    public CountryNode? Country { get; init; }

    /// <summary>The <c>country</c> map of a GeoIP2 record.</summary>
    internal sealed class CountryNode
    {
        [MapKey("iso_code")]
        public string? IsoCode { get; init; }
    }
}
