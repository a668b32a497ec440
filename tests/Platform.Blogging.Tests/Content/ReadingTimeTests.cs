using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class ReadingTimeTests
{
    [Fact]
    public void English_text_is_read_at_200_words_per_minute_rounded_up()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 401));

        var statistics = ReadingTime.FromText(text);

        statistics.Words.Should().Be(401);
        statistics.CjkCharacters.Should().Be(0);
        statistics.ReadingTimeMinutes.Should().Be(3);
    }

    [Fact]
    public void Korean_text_is_read_at_500_characters_per_minute()
    {
        string text = string.Join(' ', Enumerable.Repeat("안녕하세요", 200)); // 1000 Hangul syllables

        var statistics = ReadingTime.FromText(text);

        statistics.CjkCharacters.Should().Be(1000);
        statistics.Words.Should().Be(0);
        statistics.ReadingTimeMinutes.Should().Be(2);
        statistics.WordCount.Should().Be(1000);
    }

    [Fact]
    public void Mixed_text_adds_both_rates()
    {
        string text = string.Join(' ', Enumerable.Repeat("Markdig를", 300)); // 300 words + 300 syllables

        var statistics = ReadingTime.FromText(text);

        statistics.Words.Should().Be(300);
        statistics.CjkCharacters.Should().Be(300);
        statistics.ReadingTimeMinutes.Should().Be(3); // 1.5 + 0.6 = 2.1
    }

    [Fact]
    public void Short_or_empty_text_takes_at_least_one_minute()
    {
        ReadingTime.FromText(string.Empty).ReadingTimeMinutes.Should().Be(1);
        ReadingTime.FromText("Hi - there").Words.Should().Be(2);
    }

    [Fact]
    public void Code_blocks_and_markup_are_not_counted()
    {
        string code = string.Join(' ', Enumerable.Repeat("token", 1000));

        var statistics = ReadingTime.FromHtml($"<p>one <a href=\"/x\">two</a> <code>three</code></p><pre><code>{code}</code></pre>");

        statistics.Words.Should().Be(3);
    }
}
