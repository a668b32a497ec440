namespace Platform.Blogging.Content;

/// <summary>Counts behind a post's reading time.</summary>
/// <param name="Words">Whitespace-separated words outside CJK scripts (a word holds at least one letter or digit).</param>
/// <param name="CjkCharacters">Hangul, Han, Hiragana and Katakana characters, each counted on its own.</param>
/// <param name="ReadingTimeMinutes">Words at 200 per minute plus CJK characters at 500 per minute, rounded up, at least 1.</param>
public sealed record TextStatistics(int Words, int CjkCharacters, int ReadingTimeMinutes)
{
    /// <summary>Words plus CJK characters: a CJK character counts as one word, as word processors count them.</summary>
    public int WordCount => Words + CjkCharacters;
}
