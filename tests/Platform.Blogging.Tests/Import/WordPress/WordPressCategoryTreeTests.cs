using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class WordPressCategoryTreeTests
{
    private readonly WordPressCategoryTree _tree = new(new Dictionary<string, WxrCategory>
    {
        ["travel"] = new("여행", null),
        ["asia"] = new("아시아", "travel"),
        ["korea"] = new("한국", "asia"),
        ["food"] = new("음식 &amp; 맛집", null),
        ["loop-a"] = new("A", "loop-b"),
        ["loop-b"] = new("B", "loop-a"),
    });

    [Fact]
    public void The_deepest_category_gives_the_path_and_unrelated_ones_are_returned()
    {
        var (path, others) = _tree.Choose([Term("travel"), Term("korea"), Term("food"), Term("uncategorized")]);

        path.Should().Equal("여행", "아시아", "한국");
        others.Should().Equal("음식 & 맛집");
    }

    [Fact]
    public void Uncategorized_alone_is_no_category() => _tree.Choose([Term("uncategorized")]).Path.Should().BeEmpty();

    [Fact]
    public void A_category_missing_from_the_channel_keeps_its_own_name() =>
        _tree.Choose([new WxrTerm("category", "misc", "Misc")]).Path.Should().Equal("Misc");

    [Fact]
    public void A_parent_loop_ends_the_walk() => _tree.Choose([Term("loop-a")]).Path.Should().Equal("B", "A");

    [Fact]
    public void Tags_are_not_categories() => _tree.Choose([new WxrTerm("post_tag", "korea", "한국")]).Path.Should().BeEmpty();

    private static WxrTerm Term(string slug) => new("category", slug, slug);
}
