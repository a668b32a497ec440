namespace Platform.Blogging.Content;

/// <summary>How <see cref="UrlPolicy"/> classifies a URL.</summary>
internal enum UrlKind
{
    /// <summary>Not allowed (a scheme other than http, https or mailto, e.g. <c>javascript:</c> or <c>data:</c>).</summary>
    Rejected,

    /// <summary>Relative to the page: <c>/path</c>, <c>path</c>, <c>?q</c>, <c>#id</c>.</summary>
    Relative,

    /// <summary>Absolute http(s) or protocol-relative: leaves the site.</summary>
    External,

    /// <summary>A <c>mailto:</c> link.</summary>
    Mail,
}
