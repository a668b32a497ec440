using System.Text;
using Platform.Blogging.Import.Foreign;
using Platform.Blogging.Import.Ghost;

namespace Platform.Blogging.Tests.Import.Ghost;

public sealed class GhostExportReaderTests
{
    [Fact]
    public void The_fixture_reads_with_tags_in_sort_order_and_authors()
    {
        var export = GhostExportReader.Read(ForeignFixtures.Bytes("ghost/export.json"));

        export.Posts.Should().HaveCount(7);
        var first = export.Posts[0];
        first.Id.Should().Be("65f0c1a2b3c4d5e6f7a80001");
        first.PublishedAt.Should().Be(new DateTimeOffset(2024, 4, 1, 0, 30, 0, TimeSpan.Zero));
        first.MetaDescription.Should().Be("서울의 봄 산책 기록");
        first.Featured.Should().BeTrue();
        export.TagsByPost[first.Id!].Select(t => t.Name).Should().Equal("여행", "Seoul", "#hero");
        export.TagsByPost[first.Id!].Single(t => t.Name == "#hero").IsInternal.Should().BeTrue();
        export.AuthorsByPost[first.Id!].Should().Equal("김하늘", "Jo Bloggs");
        export.Posts.Single(p => p.Slug == "about").IsPage.Should().BeTrue();
    }

    [Fact]
    public void Exports_without_the_db_wrapper_old_numeric_ids_and_epoch_dates_read_too()
    {
        var json = """
            {"meta":{"exported_on":1388805572000,"version":"003"},
             "data":{"posts":[{"id":5,"title":"old","slug":"old","markdown":"x","html":"<p>x</p>","page":1,"status":"published","author_id":1,"published_at":1283780649000}],
                     "users":[{"id":1,"name":"Owner"}]}}
            """;

        var export = GhostExportReader.Read(Encoding.UTF8.GetBytes(json));

        var post = export.Posts.Single();
        post.Id.Should().Be("5");
        post.IsPage.Should().BeTrue();
        post.PublishedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1283780649000));
        export.AuthorNames["1"].Should().Be("Owner");
    }

    [Fact]
    public void Invalid_JSON_is_refused_with_its_line_and_column()
    {
        var act = () => GhostExportReader.Read(ForeignFixtures.Bytes("ghost/invalid.json"));

        var error = act.Should().Throw<ImportFormatException>().Which;
        error.Line.Should().Be(8);
        error.Column.Should().BeGreaterThan(1);
        error.Message.Should().StartWith("The file is not valid JSON (line 8, column");
    }

    [Theory]
    [InlineData("[]", "Not a Ghost export")]
    [InlineData("""{"db":[]}""", "'db'")]
    [InlineData("""{"meta":{},"data":{}}""", "data.posts")]
    [InlineData("""{"meta":{},"data":{"posts":{}}}""", "data.posts")]
    [InlineData("""{"meta":{},"data":{"posts":[],"tags":"x"}}""", "'tags'")]
    public void Files_that_are_not_Ghost_exports_are_refused(string json, string reason) =>
        FluentActions.Invoking(() => GhostExportReader.Read(Encoding.UTF8.GetBytes(json)))
            .Should().Throw<ImportFormatException>().WithMessage($"*{reason}*");

    [Fact]
    public void A_row_with_a_field_of_the_wrong_type_is_read_with_its_error()
    {
        var export = GhostExportReader.Read(Encoding.UTF8.GetBytes("""{"data":{"posts":[{"id":"a","title":["x"]},{"id":"b","published_at":"whenever"},"text"]}}"""));

        export.Posts.Select(p => p.Error).Should().Equal("The field 'title' should be text.", "The field 'published_at' should be a date.", "The post is not a JSON object.");
        export.Posts[0].Id.Should().Be("a");
    }
}
