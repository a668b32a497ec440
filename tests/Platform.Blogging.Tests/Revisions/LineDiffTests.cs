using Platform.Blogging.Revisions;

namespace Platform.Blogging.Tests.Revisions;

public sealed class LineDiffTests
{
    [Fact]
    public void A_changed_line_is_one_removal_and_one_addition_between_kept_lines()
    {
        var diff = LineDiff.Compare("a\nb\nc\n", "a\nB\nc\n");

        diff.Select(l => (l.Kind, l.Text, l.OldNumber, l.NewNumber)).Should().Equal(
            (DiffLineKind.Same, "a", 1, 1),
            (DiffLineKind.Removed, "b", 2, (int?)null),
            (DiffLineKind.Added, "B", (int?)null, 2),
            (DiffLineKind.Same, "c", 3, 3));
    }

    [Fact]
    public void Equal_texts_are_unchanged_and_line_endings_do_not_count()
    {
        LineDiff.Unchanged(LineDiff.Compare("x\r\ny", "x\ny\n")).Should().BeTrue();
        LineDiff.Unchanged(LineDiff.Compare("x", "y")).Should().BeFalse();
        LineDiff.Compare("", "").Should().BeEmpty();
    }

    [Fact]
    public void Random_edits_give_back_both_texts_with_the_fewest_changes()
    {
        var random = new Random(12);
        for (var round = 0; round < 300; round++)
        {
            var a = RandomLines(random);
            var b = RandomLines(random);
            var diff = LineDiff.Compare(string.Join('\n', a), string.Join('\n', b));

            diff.Where(l => l.Kind != DiffLineKind.Added).Select(l => l.Text).Should().Equal(a);
            diff.Where(l => l.Kind != DiffLineKind.Removed).Select(l => l.Text).Should().Equal(b);
            diff.Count(l => l.Kind == DiffLineKind.Same).Should().Be(LongestCommon(a, b), "Myers finds a shortest edit script");
        }
    }

    [Fact]
    public void Texts_too_different_to_compare_give_the_coarse_answer()
    {
        var a = Enumerable.Range(0, 3000).Select(i => "old " + i);
        var b = Enumerable.Range(0, 3000).Select(i => "new " + i);

        var diff = LineDiff.Compare(string.Join('\n', a), string.Join('\n', b));

        diff.Should().HaveCount(6000);
        diff.Take(3000).Should().AllSatisfy(l => l.Kind.Should().Be(DiffLineKind.Removed));
        diff.Skip(3000).Should().AllSatisfy(l => l.Kind.Should().Be(DiffLineKind.Added));
    }

    private static string[] RandomLines(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('a' + random.Next(4))).ToString())];

    private static int LongestCommon(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
