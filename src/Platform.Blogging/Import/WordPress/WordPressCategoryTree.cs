using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// WordPress's category tree (each <c>wp:category</c> names its parent by nicename) turned into the platform's one
/// category path per post. A post filed under several categories keeps the deepest one's path from the root (the
/// first, when equally deep); the others that are not on that path are returned so the caller can keep them as tags.
/// WordPress's default <c>uncategorized</c> means "no category" and is left out.
/// </summary>
internal sealed class WordPressCategoryTree(IReadOnlyDictionary<string, WxrCategory> categories)
{
    /// <summary>The nicename WordPress files posts under when the author chose none.</summary>
    public const string Uncategorized = "uncategorized";

    /// <summary>The path the platform can hold: at most this many levels.</summary>
    public const int MaxDepth = 10;

    /// <summary>The chosen category path (names from the root) and the names of the other categories.</summary>
    public (IReadOnlyList<string> Path, IReadOnlyList<string> Others) Choose(IEnumerable<WxrTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var paths = terms
            .Where(t => t.Domain == "category" && t.Nicename != Uncategorized)
            .Select(t => PathOf(t))
            .Where(p => p.Count > 0)
            .ToArray();
        if (paths.Length == 0)
        {
            return ([], []);
        }

        var chosen = paths.OrderByDescending(p => p.Count).First();
        var others = paths.Where(p => !IsPrefixOf(p, chosen)).Select(p => p[^1]).Distinct(StringComparer.Ordinal).ToArray();
        return (chosen.Count > MaxDepth ? chosen.Take(MaxDepth).ToArray() : chosen, others);
    }

    /// <summary>Names from the root down to <paramref name="term"/>, following parents (a loop or a missing parent ends the walk).</summary>
    private List<string> PathOf(WxrTerm term)
    {
        var path = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var name = term.Name;
        var slug = term.Nicename;
        while (seen.Add(slug) && path.Count <= MaxDepth)
        {
            var known = categories.GetValueOrDefault(slug);
            var display = PlainText.FromHtml(known?.Name ?? name);
            if (display is not null)
            {
                path.Insert(0, display);
            }

            if (known?.Parent is not { } parent)
            {
                break;
            }

            slug = parent;
            name = parent;
        }

        return path;
    }

    private static bool IsPrefixOf(List<string> candidate, List<string> path) =>
        candidate.Count <= path.Count && candidate.SequenceEqual(path.Take(candidate.Count), StringComparer.Ordinal);
}
