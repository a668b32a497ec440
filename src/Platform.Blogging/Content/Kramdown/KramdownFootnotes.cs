using Markdig.Extensions.Footnotes;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>The names kramdown gives footnotes: ids from the label (<c>[^note]</c> gives <c>fn:note</c>), numbers by first use.</summary>
internal static class KramdownFootnotes
{
    private static readonly object UsesKey = new();

    /// <summary>The footnote's name: its label without the caret.</summary>
    public static string NameOf(Footnote footnote) => (footnote.Label ?? footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).TrimStart('^');

    /// <summary>
    /// Which use of its footnote <paramref name="link"/> (a reference or the back link of one) is: 0 for the first
    /// reference in the text, 1 for the second, and so on. Counted once per footnote, however often it is used.
    /// </summary>
    public static int UseOf(FootnoteLink link)
    {
        var footnote = link.Footnote;
        if (footnote.GetData(UsesKey) is not Dictionary<int, int> uses)
        {
            uses = [];
            foreach (var reference in footnote.Links.Where(reference => !reference.IsBackLink))
            {
                uses.TryAdd(reference.Index, uses.Count);
            }

            footnote.SetData(UsesKey, uses);
        }

        return uses.GetValueOrDefault(link.Index);
    }

    /// <summary>The id of a reference: <c>fnref:name</c> for the first use, <c>fnref:name:1</c> for the second, and so on.</summary>
    public static string ReferenceId(Footnote footnote, int use) =>
        use == 0 ? $"fnref:{NameOf(footnote)}" : $"fnref:{NameOf(footnote)}:{use}";
}
