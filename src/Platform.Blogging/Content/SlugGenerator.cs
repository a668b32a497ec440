using System.Globalization;
using System.Text;

namespace Platform.Blogging.Content;

/// <summary>
/// URL slugs that keep letters and digits of every script: the title is NFC-normalised, letters are lower-cased
/// (invariant culture; Hangul and Han have no case and stay as they are), apostrophes are dropped, every other run
/// of whitespace, punctuation or symbols becomes one <c>-</c>, and the result is trimmed of <c>-</c> and capped at
/// <see cref="MaxLength"/> UTF-16 characters without splitting a character.
/// </summary>
public static class SlugGenerator
{
    /// <summary>The longest slug, in UTF-16 characters.</summary>
    public const int MaxLength = 80;

    /// <summary>The slug used when a title has no letters or digits.</summary>
    public const string Fallback = "post";

    /// <summary>Makes a slug from <paramref name="title"/>.</summary>
    /// <param name="title">Any text, e.g. a post title.</param>
    /// <returns>The slug, never empty (<see cref="Fallback"/> when nothing is left).</returns>
    public static string Generate(string? title)
    {
        string slug = Slugify(title, MaxLength);
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>
    /// Returns <paramref name="slug"/> if it is free, else the first free of <c>slug-2</c>, <c>slug-3</c>, ...
    /// (shortening the base so the result stays within <see cref="MaxLength"/>).
    /// </summary>
    /// <param name="slug">The wanted slug.</param>
    /// <param name="isTaken">Whether a candidate is already used on the blog.</param>
    /// <returns>A slug for which <paramref name="isTaken"/> returned <see langword="false"/>.</returns>
    public static string MakeUnique(string slug, Func<string, bool> isTaken)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(slug))
        {
            return slug;
        }

        for (int number = 2; ; number++)
        {
            string suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
            string candidate = Truncate(slug, MaxLength - suffix.Length).TrimEnd('-') + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    internal static string Slugify(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        bool pendingDash = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            bool mark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (Rune.IsLetterOrDigit(rune) || (mark && builder.Length > 0 && !pendingDash))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (rune.Value is not ('\'' or '\u2019' or '\u02BC'))
            {
                pendingDash = true;
            }
        }

        return Truncate(builder.ToString(), maxLength).Trim('-');
    }

    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        int cut = maxLength;
        if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }
}
