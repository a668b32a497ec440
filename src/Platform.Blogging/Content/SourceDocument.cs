namespace Platform.Blogging.Content;

/// <summary>A post file split into its front matter and its Markdown body.</summary>
/// <param name="FrontMatter">The parsed front matter (<see cref="FrontMatter.Empty"/> when the file has none).</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
/// <param name="BodyStartLine">The 1-based line of the file on which <paramref name="Body"/> starts.</param>
public sealed record SourceDocument(FrontMatter FrontMatter, string Body, int BodyStartLine);
