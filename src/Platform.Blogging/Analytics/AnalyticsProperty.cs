namespace Platform.Blogging.Analytics;

/// <summary>What a breakdown groups by or a filter tests. Event properties belong to each view; visit properties are fixed by a visit's first view.</summary>
public enum AnalyticsProperty
{
    /// <summary><c>event:page</c>: the page's path.</summary>
    Page,

    /// <summary><c>event:tag</c>: a tag of the post viewed.</summary>
    Tag,

    /// <summary><c>event:category</c>: a category of the post viewed.</summary>
    Category,

    /// <summary><c>visit:source</c>.</summary>
    Source,

    /// <summary><c>visit:referrer</c>.</summary>
    Referrer,

    /// <summary><c>visit:utm_source</c>.</summary>
    UtmSource,

    /// <summary><c>visit:utm_medium</c>.</summary>
    UtmMedium,

    /// <summary><c>visit:utm_campaign</c>.</summary>
    UtmCampaign,

    /// <summary><c>visit:country</c> (ISO 3166-1 alpha-2).</summary>
    Country,

    /// <summary><c>visit:device</c>.</summary>
    Device,

    /// <summary><c>visit:browser</c>.</summary>
    Browser,

    /// <summary><c>visit:os</c>.</summary>
    Os,

    /// <summary><c>visit:entry_page</c>.</summary>
    EntryPage,

    /// <summary><c>visit:exit_page</c>.</summary>
    ExitPage,
}
