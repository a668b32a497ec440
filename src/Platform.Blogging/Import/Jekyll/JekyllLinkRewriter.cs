using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Rewrites absolute links to the old site (its <c>url</c> and <c>baseurl</c>, over http or https, or
/// protocol-relative) to the new blog: a post's old address becomes its new one, any other path is kept under the
/// new blog's address (root-relative when that is not known). Links inside code are left as written.
/// </summary>
public sealed class JekyllLinkRewriter
{
    private readonly Regex _pattern;
    private readonly string _newBase;
    private readonly Func<string, string?> _postPath;

    /// <summary>A rewriter from <paramref name="oldUrl"/> + <paramref name="oldBaseUrl"/> to <paramref name="newUrl"/> + <paramref name="newBaseUrl"/>.</summary>
    /// <param name="oldUrl">The old site's origin (<c>https://user.github.io</c>).</param>
    /// <param name="oldBaseUrl">The old site's base path (<c>/blog</c>) or empty.</param>
    /// <param name="newUrl">The new blog's origin, or empty for root-relative links.</param>
    /// <param name="newBaseUrl">The new blog's base path, or empty.</param>
    /// <param name="postPath">The new path of a post from its old path (normalised), or null when no post had it.</param>
    public JekyllLinkRewriter(Uri oldUrl, string oldBaseUrl, string newUrl, string newBaseUrl, Func<string, string?> postPath)
    {
        ArgumentNullException.ThrowIfNull(oldUrl);
        var authority = Regex.Escape(oldUrl.IsDefaultPort ? oldUrl.Host : oldUrl.Authority);
        _pattern = new Regex(
            @"(?:https?:)?//" + authority + Regex.Escape(oldBaseUrl) + @"(?<path>(?:[/?#][^\s""'<>()\[\]`]*)?)(?![\w.:-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        _newBase = newUrl.TrimEnd('/') + newBaseUrl.TrimEnd('/');
        _postPath = postPath;
    }

    /// <summary>The text with its links to the old site rewritten, and how many were.</summary>
    public (string Text, int Count) Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = MarkdownCodeRegions.Find(text);
        var count = 0;
        var result = _pattern.Replace(text, match =>
        {
            if (code.Contains(match.Index))
            {
                return match.Value;
            }

            count++;
            var path = match.Groups["path"].Value;
            var trailing = path.Length - path.TrimEnd('.', ',', ';', ':', '!', '?').Length;
            var punctuation = path[(path.Length - trailing)..];
            path = path[..(path.Length - trailing)];
            var cut = path.IndexOfAny(['?', '#']);
            var (pathOnly, rest) = cut < 0 ? (path, "") : (path[..cut], path[cut..]);
            var decoded = Uri.UnescapeDataString(pathOnly);
            var mapped = _postPath(decoded) is { } post ? EncodePath(post) : pathOnly;
            return _newBase + (mapped.Length == 0 ? "/" : mapped) + rest + punctuation;
        });
        return (result, count);
    }

    private static string EncodePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
