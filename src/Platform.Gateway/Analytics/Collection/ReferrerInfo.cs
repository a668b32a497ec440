namespace Platform.Gateway.Analytics.Collection;

/// <summary>Where a visit came from.</summary>
/// <param name="Source">The display name: a known source ("Google", "Naver", "Hacker News"), the referring host without "www.", a campaign's utm_source, or <see cref="ReferrerClassifier.Direct"/>.</param>
/// <param name="Referrer">The referring page as host and path (decoded) without query or fragment, at most 100 characters, e.g. "news.ycombinator.com/item"; null when there is none.</param>
/// <param name="Group">The kind of source.</param>
public sealed record ReferrerInfo(string Source, string? Referrer, ReferrerGroup Group)
{
    /// <summary>True when the Referer is a page of the same blog: a navigation inside it, not a way in.</summary>
    public bool IsInternal => Group == ReferrerGroup.Internal;
}
