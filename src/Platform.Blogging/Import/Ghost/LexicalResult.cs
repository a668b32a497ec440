namespace Platform.Blogging.Import.Ghost;

/// <summary>A lexical document as HTML, and the node types it had that were not rendered (empty when none).</summary>
internal sealed record LexicalResult(string Html, IReadOnlyList<string> Unsupported);
