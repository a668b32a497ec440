using Markdig.Syntax.Inlines;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>kramdown inline math (<c>$$...$$</c> inside a paragraph).</summary>
internal sealed class MathInline(string content) : LeafInline
{
    /// <summary>The TeX between the dollar signs, verbatim.</summary>
    public string Content { get; } = content;
}
