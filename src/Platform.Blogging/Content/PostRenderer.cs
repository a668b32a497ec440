using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Content;

/// <summary>The content pipeline's entry point: a post file in, a <see cref="RenderedPost"/> out.</summary>
public static partial class PostRenderer
{
    /// <summary>Renders a post file (front matter and Markdown).</summary>
    /// <param name="markdownFile">The whole file.</param>
    /// <param name="context">The blog's time zone, the file name and the size limit.</param>
    /// <returns>The rendered post.</returns>
    /// <exception cref="ContentException">The file is over the size limit or its front matter is broken.</exception>
    public static RenderedPost Render(string markdownFile, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(markdownFile);
        ArgumentNullException.ThrowIfNull(context);
        int bytes = Encoding.UTF8.GetByteCount(markdownFile);
        if (bytes > context.MaxBytes)
        {
            throw new ContentException(
                $"The post is {bytes} bytes of UTF-8, over the limit of {context.MaxBytes} bytes.", null, null, null);
        }

        var document = FrontMatterParser.Parse(markdownFile, context.TimeZone);
        var front = document.FrontMatter;
        var dialect = front.Markdown ?? context.Dialect;
        string html = MarkdownRenderer.ToHtml(document.Body, dialect);
        var statistics = ReadingTime.FromHtml(html);
        string title = Clean(front.Title) ?? FirstHeading(html) ?? TitleFromFileName(context.FileName) ?? "Untitled";
        string? slug = Clean(front.Slug);
        return new RenderedPost
        {
            Title = title,
            Slug = SlugGenerator.Generate(slug ?? title),
            Date = front.Date,
            LastModified = front.LastModified,
            Permalink = Clean(front.Permalink),
            Categories = front.Categories,
            Tags = front.Tags,
            Description = Clean(front.Description),
            Image = Clean(front.Image),
            IsDraft = front.Draft == true || front.Published == false,
            Dialect = dialect,
            Html = html,
            Excerpt = ExplicitExcerpt(front) ?? ExcerptBuilder.Build(document.Body, html, dialect, front.ExcerptSeparator ?? context.ExcerptSeparator),
            ReadingTimeMinutes = statistics.ReadingTimeMinutes,
            WordCount = statistics.WordCount,
            ExtraFrontMatter = front.Extra,
            Source = markdownFile,
            Markdown = document.Body,
        };
    }

    /// <summary>The front matter's own <c>excerpt</c> (Jekyll's key), as plain text, when it gives one.</summary>
    private static string? ExplicitExcerpt(FrontMatter front) =>
        front.Extra.TryGetValue("excerpt", out var value) && value is string text && Clean(text) is { } excerpt ? excerpt : null;

    /// <summary>A title from a Jekyll file name: <c>2025-08-26-hello-world.md</c> becomes <c>hello world</c>.</summary>
    /// <param name="fileName">A file name or path, or <see langword="null"/>.</param>
    /// <returns>The title, or <see langword="null"/> when nothing is left.</returns>
    public static string? TitleFromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        string name = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/'));
        name = DatePrefix().Replace(name, string.Empty);
        return Clean(name.Replace('-', ' ').Replace('_', ' '));
    }

    private static string? FirstHeading(string html)
    {
        var heading = HtmlSanitizer.ParseFragment(html).QuerySelector("h1");
        return heading is null ? null : Clean(HtmlText.Of(heading));
    }

    private static string? Clean(string? text)
    {
        string? collapsed = text is null ? null : HtmlText.Collapse(text);
        return string.IsNullOrEmpty(collapsed) ? null : collapsed;
    }

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}-", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
