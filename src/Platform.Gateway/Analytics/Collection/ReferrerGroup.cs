namespace Platform.Gateway.Analytics.Collection;

/// <summary>The kind of place a visit came from.</summary>
public enum ReferrerGroup
{
    /// <summary>No Referer (typed, bookmarked, opened from an app that sends none), or one that is not a web address.</summary>
    Direct = 0,

    /// <summary>A page of the same blog.</summary>
    Internal = 1,

    /// <summary>A search engine.</summary>
    Search = 2,

    /// <summary>A social network, messenger or link aggregator.</summary>
    Social = 3,

    /// <summary>A code host.</summary>
    Code = 4,

    /// <summary>Any other site, or a campaign's <c>utm_source</c> that names none of the known sources.</summary>
    Other = 5,
}
