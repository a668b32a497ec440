namespace Platform.Blogging.Media;

/// <summary>A stored media file as a listing shows it: its path under the blog and its length.</summary>
public sealed record MediaBlobInfo(string Path, long Length);
