using System.Text.RegularExpressions;

namespace Platform.Gateway.Pages;

/// <summary>
/// Under path-prefix addressing (<c>/@{blog}</c>, local use) a post's root-relative media URLs would reach the
/// platform's root instead of the blog: this puts the prefix in front of every <c>/media/</c> URL of a
/// <c>src</c> or <c>srcset</c> attribute. On the blog's own host (no prefix) the HTML is returned as it is.
/// </summary>
internal static partial class MediaPathBase
{
    public static string Apply(string html, string pathBase)
    {
        if (string.IsNullOrEmpty(pathBase) || !html.Contains("/media/", StringComparison.Ordinal))
        {
            return html;
        }

        return SourceAttribute().Replace(html, attribute =>
            MediaCandidate().Replace(attribute.Value, candidate => candidate.Groups["lead"].Value + pathBase + "/media/"));
    }

    [GeneratedRegex("\\b(?:src|srcset)=\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("(?<lead>=\"|,\\s*)/media/", RegexOptions.CultureInvariant)]
    private static partial Regex MediaCandidate();
}
