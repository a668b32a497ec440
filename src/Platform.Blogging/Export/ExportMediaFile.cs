namespace Platform.Blogging.Export;

/// <summary>A media file for the export: where it goes in the site, and how to read it.</summary>
/// <param name="Path">Its path in the site, relative, with <c>/</c> separators (e.g. <c>media/2025/cover.png</c>): the archive stores it there, so the site's links keep working.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="OpenAsync">Opens it for reading; the exporter disposes the stream.</param>
public sealed record ExportMediaFile(string Path, long Length, string ContentType, Func<CancellationToken, Task<Stream>> OpenAsync);
