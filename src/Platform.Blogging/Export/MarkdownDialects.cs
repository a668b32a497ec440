using Platform.Blogging.Content;

namespace Platform.Blogging.Export;

/// <summary>
/// Which Markdown dialect a post is written in, for <c>_config.yml</c>'s <c>markdown: kramdown</c>. Posts do not
/// store a dialect yet: a post counts as kramdown when its front matter says <c>markdown: kramdown</c>, the key
/// imported Jekyll posts will carry. When posts record their dialect, this is the one place to read it from.
/// </summary>
internal static class MarkdownDialects
{
    public static bool IsKramdown(FrontMatter frontMatter) =>
        frontMatter.Extra.TryGetValue("markdown", out var value) && value is string text && text.Trim().Equals("kramdown", StringComparison.OrdinalIgnoreCase);
}
