namespace Platform.Blogging.Import.Ghost;

/// <summary>A Ghost tag as a post uses it: its name, and whether it is internal (a <c>#name</c> tag for themes only).</summary>
internal sealed record GhostTag(string Name, bool IsInternal);
