using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content.Kramdown;

/// <summary>The posts of <c>tests/Fixtures/kramdown</c>, copied next to the test assembly.</summary>
internal static class KramdownCorpus
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kramdown");

    /// <summary>The name of every post that has its expected HTML.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.md")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => File.Exists(Path.Combine(Folder, name + ".html")))
            .Order(StringComparer.Ordinal);

    /// <summary>The name of every post that has its expected excerpt.</summary>
    public static IEnumerable<string> NamesWithExcerpts() =>
        Names().Where(name => File.Exists(Path.Combine(Folder, name + ".excerpt.txt")));

    public static string Source(string name) => File.ReadAllText(Path.Combine(Folder, name + ".md"));

    public static string ExpectedHtml(string name) => File.ReadAllText(Path.Combine(Folder, name + ".html"));

    public static string ExpectedExcerpt(string name) => File.ReadAllText(Path.Combine(Folder, name + ".excerpt.txt")).Trim();

    /// <summary>Renders a post through the real pipeline (front matter, renderer, sanitiser) with <paramref name="dialect"/> as the blog's dialect.</summary>
    public static RenderedPost Render(string name, MarkdownDialect dialect) =>
        PostRenderer.Render(Source(name), new RenderContext(TimeZoneInfo.Utc) { FileName = name + ".md", Dialect = dialect });
}
