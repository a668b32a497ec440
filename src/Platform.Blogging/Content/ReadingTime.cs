using System.Text;

namespace Platform.Blogging.Content;

/// <summary>
/// Reading time of visible text: 200 words per minute for text in spaced scripts (Latin, Cyrillic, ...) and 500
/// characters per minute for Hangul, Han and Kana, added together and rounded up, at least one minute. Code blocks
/// (<c>pre</c>) and the footnote list are not counted: readers skim them; inline code is counted.
/// </summary>
public static class ReadingTime
{
    /// <summary>Words per minute for spaced scripts.</summary>
    public const int WordsPerMinute = 200;

    /// <summary>Characters per minute for Hangul, Han and Kana.</summary>
    public const int CjkCharactersPerMinute = 500;

    /// <summary>Measures sanitised HTML.</summary>
    /// <param name="html">Sanitised HTML.</param>
    /// <returns>The counts and the reading time.</returns>
    public static TextStatistics FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = HtmlSanitizer.ParseFragment(html);
        return FromText(HtmlText.Of(body, element => element.LocalName == "pre" || element.ClassList.Contains("footnotes")));
    }

    /// <summary>Measures plain text.</summary>
    /// <param name="text">Plain text.</param>
    /// <returns>The counts and the reading time.</returns>
    public static TextStatistics FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0;
        int cjk = 0;
        bool inToken = false;
        bool tokenCounts = false;
        foreach (var rune in text.EnumerateRunes())
        {
            bool isCjk = IsCjk(rune);
            if (isCjk)
            {
                cjk++;
            }

            if (isCjk || Rune.IsWhiteSpace(rune))
            {
                words += inToken && tokenCounts ? 1 : 0;
                inToken = false;
                tokenCounts = false;
                continue;
            }

            inToken = true;
            tokenCounts |= Rune.IsLetterOrDigit(rune);
        }

        words += inToken && tokenCounts ? 1 : 0;
        double minutes = ((double)words / WordsPerMinute) + ((double)cjk / CjkCharactersPerMinute);
        return new TextStatistics(words, cjk, Math.Max(1, (int)Math.Ceiling(minutes)));
    }

    private static bool IsCjk(Rune rune)
    {
        int value = rune.Value;
        return value is (>= 0x1100 and <= 0x11FF) // Hangul Jamo
            or (>= 0x3040 and <= 0x30FF) // Hiragana, Katakana
            or (>= 0x3130 and <= 0x318F) // Hangul Compatibility Jamo
            or (>= 0x31F0 and <= 0x31FF) // Katakana Phonetic Extensions
            or (>= 0x3400 and <= 0x4DBF) // CJK Extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK Unified Ideographs
            or (>= 0xA960 and <= 0xA97F) // Hangul Jamo Extended-A
            or (>= 0xAC00 and <= 0xD7AF) // Hangul Syllables
            or (>= 0xD7B0 and <= 0xD7FF) // Hangul Jamo Extended-B
            or (>= 0xF900 and <= 0xFAFF) // CJK Compatibility Ideographs
            or (>= 0xFF66 and <= 0xFF9D) // Half-width Katakana
            or (>= 0x20000 and <= 0x3134F); // CJK Extensions B-G
    }
}
