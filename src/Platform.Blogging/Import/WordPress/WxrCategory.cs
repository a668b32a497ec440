namespace Platform.Blogging.Import.WordPress;

/// <summary>A channel's <c>wp:category</c>: its name and its parent's nicename (null at the root).</summary>
internal sealed record WxrCategory(string Name, string? Parent);
