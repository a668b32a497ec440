using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Platform.Blogging.Content.Kramdown;

namespace Platform.Blogging.Content;

/// <summary>The Markdig pipeline of each <see cref="MarkdownDialect"/>, built once (a built pipeline is immutable and thread-safe).</summary>
internal static class MarkdownPipelines
{
    /// <summary>CommonMark plus the extensions the platform has always had.</summary>
    public static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseDefinitionLists()
        .UseAbbreviations()
        .UseFigures()
        .Build();

    /// <summary>
    /// kramdown's GFM input as far as real posts need it: only the extensions kramdown has (no bare-URL links, no
    /// <c>==mark==</c>, <c>~sub~</c> or <c>^sup^</c>, no grid tables or figures), plus <see cref="KramdownExtension"/>.
    /// </summary>
    public static readonly MarkdownPipeline Kramdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseDefinitionLists()
        .UseAbbreviations()
        .Use<KramdownExtension>()
        .Build();

    /// <summary>The pipeline of <paramref name="dialect"/>.</summary>
    public static MarkdownPipeline For(MarkdownDialect dialect) => dialect == MarkdownDialect.Kramdown ? Kramdown : CommonMark;
}
