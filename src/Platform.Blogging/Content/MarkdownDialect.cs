using System.Text.Json.Serialization;

namespace Platform.Blogging.Content;

/// <summary>
/// Which Markdown a post is written in. A post picks one with front matter <c>markdown:</c>; without it, the
/// blog's <see cref="Blogs.BlogSettings.MarkdownDialect"/> applies. Stored and shown by name
/// (<c>commonmark</c>, <c>kramdown</c>); a stored value that is missing reads as <see cref="CommonMark"/>.
/// </summary>
[GenerateSerializer]
[Alias("platform.MarkdownDialect")]
[JsonConverter(typeof(JsonStringEnumConverter<MarkdownDialect>))]
public enum MarkdownDialect
{
    /// <summary>CommonMark with the GitHub-style extensions the platform has always used (the default).</summary>
    [JsonStringEnumMemberName("commonmark")]
    CommonMark = 0,

    /// <summary>
    /// kramdown as GitHub Pages' Jekyll runs it (<c>input: GFM</c>, <c>hard_wrap: false</c>): what an imported
    /// Jekyll post was written for.
    /// </summary>
    [JsonStringEnumMemberName("kramdown")]
    Kramdown = 1,
}
