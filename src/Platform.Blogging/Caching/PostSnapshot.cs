using Platform.Blogging.Posts;

namespace Platform.Blogging.Caching;

/// <summary>A post as a silo holds it for readers: its content and revision, its stored counters, and its time zone.</summary>
/// <param name="Content">The content.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Views">Views stored when it was last probed (this silo's unsent views are not in it).</param>
/// <param name="Likes">Likes stored when it was last probed.</param>
/// <param name="Zone">The time zone whose days bucket the post's views.</param>
public sealed record PostSnapshot(PostContent Content, long Revision, long Views, long Likes, TimeZoneInfo Zone);
