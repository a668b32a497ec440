using Platform.Blogging.Content;

namespace Platform.Blogging.Import;

/// <summary>
/// Records on an imported Jekyll post the dialect GitHub Pages rendered it in: <c>markdown: kramdown</c> is added
/// to its front matter, unless the front matter already names a dialect. The post then renders as kramdown
/// whatever the blog's default, and keeps doing so when it is edited or exported.
/// </summary>
internal static class JekyllDialect
{
    private const string Line = "markdown: " + MarkdownDialectNames.Kramdown;

    /// <summary>The file with the dialect recorded; unchanged when it names one already or its front matter is broken (the import reports that).</summary>
    public static string Record(string file)
    {
        SourceDocument document;
        try
        {
            document = FrontMatterParser.Parse(file, TimeZoneInfo.Utc);
        }
        catch (ContentException)
        {
            return file;
        }

        if (document.FrontMatter.Markdown is not null)
        {
            return file;
        }

        string newline = file.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (document.BodyStartLine == 1)
        {
            return $"---{newline}{Line}{newline}---{newline}{file}";
        }

        // The closing '---' is the line before the body: the new key goes just above it.
        int closing = StartOfLine(file, document.BodyStartLine - 1);
        return file.Insert(closing, Line + newline);
    }

    private static int StartOfLine(string text, int line)
    {
        int position = 0;
        for (int current = 1; current < line; current++)
        {
            position = text.IndexOf('\n', position) + 1;
        }

        return position;
    }
}
