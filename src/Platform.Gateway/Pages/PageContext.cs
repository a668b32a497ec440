using Platform.Blogging.Blogs;

namespace Platform.Gateway.Pages;

/// <summary>Everything a page of one blog needs to render: the snapshot, the chrome language, links and time zone.</summary>
internal sealed class PageContext(BlogSnapshot snapshot, PageLinks links)
{
    public BlogSnapshot Snapshot { get; } = snapshot;

    public BlogSettings Settings => Snapshot.Settings;

    public PageLinks Links { get; } = links;

    public ChromeText Chrome { get; } = ChromeText.For(snapshot.Settings.Locale);

    public TimeZoneInfo Zone => field ??= ResolveZone(Snapshot.Settings.TimeZone);

    private static TimeZoneInfo ResolveZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
