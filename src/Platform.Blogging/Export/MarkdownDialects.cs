using Platform.Blogging.Content;

namespace Platform.Blogging.Export;

/// <summary>
/// Which Markdown dialect a post is written in, for <c>_config.yml</c>'s <c>markdown: kramdown</c>: its front
/// matter's <c>markdown</c> (imported Jekyll posts carry <c>markdown: kramdown</c>).
/// </summary>
internal static class MarkdownDialects
{
    public static bool IsKramdown(FrontMatter frontMatter) => frontMatter.Markdown == MarkdownDialect.Kramdown;
}
