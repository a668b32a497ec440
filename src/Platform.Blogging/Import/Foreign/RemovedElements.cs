using System.Globalization;
using Platform.Blogging.Content;

namespace Platform.Blogging.Import.Foreign;

/// <summary>
/// Names what the sanitiser will remove with its content when a converted post is shown (scripts, iframes, forms,
/// ...), so the import report can say so instead of the content vanishing silently.
/// </summary>
internal static class RemovedElements
{
    /// <summary>A note like <c>iframe (2), script</c>, or null when nothing will be removed.</summary>
    public static string? Describe(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var root = HtmlSanitizer.ParseFragment(html);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (IsRemoved(element.LocalName) && !InsideRemoved(element) && !IsTaskCheckbox(element))
            {
                counts[element.LocalName] = counts.GetValueOrDefault(element.LocalName) + 1;
            }
        }

        return counts.Count == 0
            ? null
            : string.Join(", ", counts.Select(c => c.Value == 1 ? c.Key : string.Create(CultureInfo.InvariantCulture, $"{c.Key} ({c.Value})")));
    }

    private static bool IsRemoved(string name) => SanitizerPolicy.DroppedWithContent.Contains(name);

    private static bool InsideRemoved(AngleSharp.Dom.IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (IsRemoved(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTaskCheckbox(AngleSharp.Dom.IElement element) =>
        element.LocalName == "input" && element.HasAttribute("disabled") && element.ParentElement?.LocalName == "li";
}
