using System.Globalization;
using System.Text;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Jekyll's <c>slugify</c> filter with its modes: <c>default</c> (every run of characters that are not letters or
/// digits, in any script, becomes one hyphen), <c>raw</c> (only runs of spaces), <c>pretty</c> (also keeps
/// <c>._~!$&amp;'()+,;=@</c>), <c>ascii</c> (only A-Z, a-z, 0-9 kept), <c>latin</c> (accents dropped first, then
/// as <c>ascii</c>) and <c>none</c> (unchanged); hyphens at the ends are removed and the result is lower case.
/// </summary>
internal static class LiquidSlugify
{
    /// <summary>The slug of <paramref name="text"/> in <paramref name="mode"/>.</summary>
    public static string Slugify(string text, string? mode)
    {
        mode ??= "default";
        if (mode == "none")
        {
            return text;
        }

        if (mode == "latin")
        {
            text = WithoutAccents(text);
            mode = "ascii";
        }

        Func<char, bool> keep = mode switch
        {
            "raw" => c => !char.IsWhiteSpace(c),
            "pretty" => c => Alphanumeric(c) || "._~!$&'()+,;=@".Contains(c, StringComparison.Ordinal),
            "ascii" => char.IsAsciiLetterOrDigit,
            _ => Alphanumeric,
        };

        var slug = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text)
        {
            if (keep(c))
            {
                if (hyphen)
                {
                    slug.Append('-');
                    hyphen = false;
                }

                slug.Append(c);
            }
            else
            {
                hyphen = true;
            }
        }

        if (hyphen)
        {
            slug.Append('-');
        }

#pragma warning disable CA1308 // Jekyll's slugs are lower case by definition.
        return slug.ToString().Trim('-').ToLowerInvariant();
#pragma warning restore CA1308
    }

    private static bool Alphanumeric(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                output.Append(c);
            }
        }

        return output.ToString().Normalize(NormalizationForm.FormC);
    }
}
