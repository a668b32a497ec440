using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>What the kramdown dialect does to a parsed document before it is rendered.</summary>
internal static class KramdownDocument
{
    /// <summary>Header ids written after the text, then block IALs (ids set there win), then the table of contents.</summary>
    public static void Process(MarkdownDocument document)
    {
        HeaderIds.Apply(document);
        var tocLists = BlockAttributes.Apply(document);
        TableOfContents.Replace(document, tocLists);
    }
}
