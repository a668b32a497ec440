namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// A named source and the hosts it covers. A domain matches itself and its subdomains ("naver.com" covers
/// "m.search.naver.com"); a domain ending in ".*" matches its name before any top-level domain of one or two short
/// labels ("google.*" covers "google.com", "www.google.co.kr" and "google.de", not "google.example.org").
/// </summary>
internal sealed record KnownSource(string Name, ReferrerGroup Group, params string[] Domains)
{
    public bool Covers(string host)
    {
        foreach (var domain in Domains)
        {
            if (domain.EndsWith(".*", StringComparison.Ordinal)
                ? MatchesAnyTld(host, domain.AsSpan(0, domain.Length - 2))
                : host.Equals(domain, StringComparison.OrdinalIgnoreCase)
                  || (host.EndsWith(domain, StringComparison.OrdinalIgnoreCase) && host[host.Length - domain.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAnyTld(string host, ReadOnlySpan<char> name)
    {
        var labels = host.Split('.');
        for (var i = labels.Length - 2; i >= 0 && i >= labels.Length - 3; i--)
        {
            if (name.Equals(labels[i], StringComparison.OrdinalIgnoreCase) && IsTld(labels.AsSpan(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTld(ReadOnlySpan<string> labels)
    {
        foreach (var label in labels)
        {
            if (label.Length is < 2 or > 3 || !label.All(char.IsAsciiLetter))
            {
                return false;
            }
        }

        return true;
    }
}
