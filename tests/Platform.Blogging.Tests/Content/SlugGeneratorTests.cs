using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class SlugGeneratorTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  C# & .NET 10 -- What's New?  ", "c-net-10-whats-new")]
    [InlineData("첫 번째 글", "첫-번째-글")]
    [InlineData("Django 마이그레이션 정리 (1)", "django-마이그레이션-정리-1")]
    [InlineData("AI/ML", "ai-ml")]
    [InlineData("Ünïcödé ÇA", "ünïcödé-ça")]
    [InlineData("日本語のタイトル", "日本語のタイトル")]
    [InlineData("Привет Мир", "привет-мир")]
    [InlineData("under_score", "under-score")]
    public void Generate_keeps_letters_and_digits_of_any_script(string title, string expected)
    {
        SlugGenerator.Generate(title).Should().Be(expected);
    }

    [Fact]
    public void Generate_normalises_to_nfc_so_decomposed_hangul_matches_composed()
    {
        string decomposed = "한글".Normalize(System.Text.NormalizationForm.FormD);

        SlugGenerator.Generate(decomposed).Should().Be("한글");
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!! ??? ---")]
    [InlineData(null)]
    public void Generate_falls_back_when_nothing_is_left(string? title)
    {
        SlugGenerator.Generate(title).Should().Be("post");
    }

    [Fact]
    public void Generate_caps_length_without_trailing_dash()
    {
        string slug = SlugGenerator.Generate(string.Join(' ', Enumerable.Repeat("abcdefghi", 20)));

        slug.Length.Should().BeLessThanOrEqualTo(SlugGenerator.MaxLength);
        slug.Should().NotEndWith("-").And.StartWith("abcdefghi-abcdefghi");
    }

    [Fact]
    public void Generate_never_splits_a_surrogate_pair()
    {
        string title = "a" + string.Concat(Enumerable.Repeat("𠀀", 60)); // Han in the supplementary plane

        string slug = SlugGenerator.Generate(title);

        slug.Length.Should().Be(79);
        char.IsHighSurrogate(slug[^1]).Should().BeFalse();
    }

    [Fact]
    public void MakeUnique_returns_the_slug_when_free()
    {
        SlugGenerator.MakeUnique("hello", _ => false).Should().Be("hello");
    }

    [Fact]
    public void MakeUnique_appends_the_first_free_number_from_two()
    {
        var taken = new HashSet<string> { "hello", "hello-2", "hello-3" };

        SlugGenerator.MakeUnique("hello", taken.Contains).Should().Be("hello-4");
    }

    [Fact]
    public void MakeUnique_keeps_long_slugs_within_the_cap()
    {
        string slug = new('a', SlugGenerator.MaxLength);

        string unique = SlugGenerator.MakeUnique(slug, candidate => candidate == slug);

        unique.Should().HaveLength(SlugGenerator.MaxLength).And.EndWith("-2");
    }
}
