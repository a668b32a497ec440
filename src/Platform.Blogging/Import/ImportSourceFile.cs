namespace Platform.Blogging.Import;

/// <summary>One file offered to the importer: its relative path and a way to read its bytes.</summary>
public sealed record ImportSourceFile(string Path, long Length, Func<Stream> Open);
