using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// Names where a visit came from, from its Referer and its campaign tags (<c>utm_source</c>, <c>utm_medium</c>,
/// <c>utm_campaign</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>No Referer, or one that is not an absolute http, https or android-app address: <see cref="Direct"/>.</item>
/// <item>A Referer on the blog's own host (ignoring a leading "www.", and under its path base when one is given): internal.</item>
/// <item>A host one of <see cref="KnownSources"/> covers: that source's name and group (Search, Social, Code).</item>
/// <item>Any other host: the host without "www.", group Other.</item>
/// </list>
/// A campaign's <c>utm_source</c> names the source when there is no external Referer (none, not a web address, or
/// internal): as Plausible Analytics does, tagged links from apps and newsletters, which send no Referer, then count
/// under the campaign's source instead of "Direct / None". A utm_source that is a known source's name in any case
/// (utm_source=naver) becomes that source ("Naver", Search); any other is kept as given, group Other. An external
/// Referer wins over utm_source. (Plausible itself lets utm_source win over any Referer.)
/// </remarks>
public static class ReferrerClassifier
{
    /// <summary>The source of a visit with no usable Referer and no utm_source.</summary>
    public const string Direct = "Direct / None";

    /// <summary>The longest <see cref="ReferrerInfo.Referrer"/> and campaign tag kept; longer ones are cut.</summary>
    public const int MaxLength = 100;

    private static readonly ReferrerInfo s_direct = new(Direct, null, ReferrerGroup.Direct);

    /// <summary>Where a visit to a page of the blog at <paramref name="blogHost"/> came from.</summary>
    /// <param name="referer">The Referer header, if any.</param>
    /// <param name="blogHost">The host the blog was requested on (a port is ignored).</param>
    /// <param name="utmSource">The request's utm_source (see <see cref="Utm(IQueryCollection)"/>), used when there is no external Referer.</param>
    /// <param name="pathBase">The blog's path base when blogs share a host (e.g. "/@alpha"): a Referer on that host outside it is another blog, not internal.</param>
    public static ReferrerInfo Classify(string? referer, string blogHost, string? utmSource = null, string? pathBase = null)
    {
        ArgumentNullException.ThrowIfNull(blogHost);
        var external = Referer(referer, blogHost, pathBase);
        if ((external.Group is ReferrerGroup.Direct or ReferrerGroup.Internal) && !string.IsNullOrWhiteSpace(utmSource))
        {
            var tag = Clip(utmSource.Trim());
            return KnownSources.ByName(tag) is { } known
                ? new ReferrerInfo(known.Name, null, known.Group)
                : new ReferrerInfo(tag, null, ReferrerGroup.Other);
        }

        return external;
    }

    /// <summary>The campaign tags of a request's query: utm_source, utm_medium and utm_campaign, trimmed, at most 100 characters each, null when absent or empty.</summary>
    /// <param name="query">The request's query.</param>
    public static (string? Source, string? Medium, string? Campaign) Utm(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (Tag(query["utm_source"]), Tag(query["utm_medium"]), Tag(query["utm_campaign"]));
    }

    /// <summary>The campaign tags of a query string ("?utm_source=x&amp;..." or without the "?"); see <see cref="Utm(IQueryCollection)"/>.</summary>
    /// <param name="queryString">The query string, if any.</param>
    public static (string? Source, string? Medium, string? Campaign) Utm(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString))
        {
            return (null, null, null);
        }

        var query = QueryHelpers.ParseQuery(queryString);
        return (Tag(query.GetValueOrDefault("utm_source")), Tag(query.GetValueOrDefault("utm_medium")), Tag(query.GetValueOrDefault("utm_campaign")));
    }

    private static ReferrerInfo Referer(string? referer, string blogHost, string? pathBase)
    {
        if (string.IsNullOrWhiteSpace(referer)
            || !Uri.TryCreate(referer.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https" or "android-app")
            || string.IsNullOrEmpty(uri.Host))
        {
            return s_direct;
        }

        var host = WithoutWww(uri.Host.TrimEnd('.'));
        var path = Readable(uri.AbsolutePath.TrimEnd('/'));
        var shown = Clip(uri.Scheme == "android-app" ? "android-app://" + host + path : host + path);
        if (host.Equals(WithoutWww(WithoutPort(blogHost)), StringComparison.OrdinalIgnoreCase) && UnderPathBase(uri.AbsolutePath, pathBase))
        {
            return new ReferrerInfo(host, shown, ReferrerGroup.Internal);
        }

        if (KnownSources.ByHost(host) is { } known)
        {
            return new ReferrerInfo(known.Name, shown, known.Group);
        }

        return new ReferrerInfo(uri.Scheme == "android-app" ? "android-app://" + host : host, shown, ReferrerGroup.Other);
    }

    /// <summary>The path with its escapes decoded (a Korean slug reads as Korean), unless that would bring in control characters.</summary>
    private static string Readable(string path)
    {
        if (!path.Contains('%', StringComparison.Ordinal))
        {
            return path;
        }

        var decoded = Uri.UnescapeDataString(path);
        return decoded.Any(char.IsControl) ? path : decoded;
    }

    private static bool UnderPathBase(string path, string? pathBase)
    {
        var prefix = pathBase?.TrimEnd('/');
        return string.IsNullOrEmpty(prefix)
            || (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/'));
    }

    private static string WithoutWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string WithoutPort(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(':', StringComparison.Ordinal) == colon ? host[..colon] : host;
    }

    private static string? Tag(StringValues values)
    {
        var value = values.Count > 0 ? values[0]?.Trim() : null;
        return string.IsNullOrEmpty(value) ? null : Clip(value);
    }

    private static string Clip(string value) => value.Length <= MaxLength ? value : value[..MaxLength];
}
