namespace Platform.Gateway.Pages;

/// <summary>Options of the public pages (section <c>Pages</c>).</summary>
public sealed class PagesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Pages";

    /// <summary>Likes one client address may send per minute (default 20).</summary>
    public int LikesPerMinute { get; set; } = 20;
}
