namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// A mobiledoc document as Markdown, the cards it had that Markdown cannot hold (empty when none), and the raw HTML
/// its HTML and embed cards carried (to tell what the sanitiser will remove).
/// </summary>
internal sealed record MobiledocResult(string Markdown, IReadOnlyList<string> UnsupportedCards, string CardHtml);
