using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Media;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Media;

public sealed class MediaLibraryTests
{
    [Fact]
    public async Task An_upload_is_stored_catalogued_and_the_same_bytes_again_give_the_same_item()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var library = host.Silo(0).GetRequiredService<MediaLibrary>();
        var store = host.Silo(0).GetRequiredService<IMediaStore>();
        var png = TestImages.Png(1200, 600);

        var first = await library.UploadAsync("demo", "../../etc/chart.png", png, "tok_1", default);
        var again = await library.UploadAsync("demo", "other-name.png", png, "tok_2", default);

        first.Created.Should().BeTrue();
        again.Created.Should().BeFalse();
        again.Item.Should().BeEquivalentTo(first.Item);
        await using (var full = await store.OpenAsync("demo", first.Item.Id + "/1200w.png", default))
        {
            using var copy = new MemoryStream();
            await full!.Content.CopyToAsync(copy);
            first.Item.Id.Should().Be(MediaLibrary.IdOf(copy.ToArray()), "an item is named by its full-size file");
            (await library.UploadAsync("demo", "exported.png", copy.ToArray(), "tok_3", default)).Item.Should().BeEquivalentTo(first.Item, "its own full-size file is the same item");
        }

        first.Item.OriginalName.Should().Be("chart.png", "only the file name is kept");
        first.Item.Uploader.Should().Be("tok_1");
        (first.Item.Width, first.Item.Height).Should().Be((1200, 600));
        first.Item.Variants.Select(v => v.File).Should().BeEquivalentTo(["1200w.png", "1200w.webp", "600w.png", "600w.webp", "1000w.png", "1000w.webp"]);
        (await library.ListAsync("demo")).Should().ContainSingle();
        foreach (var variant in first.Item.Variants)
        {
            await using var blob = await store.OpenAsync("demo", first.Item.Id + "/" + variant.File, default);
            blob.Should().NotBeNull(variant.File);
            blob!.Length.Should().Be(variant.Bytes);
        }
    }

    [Fact]
    public async Task The_catalog_lists_newest_first_survives_a_restart_and_deleting_removes_the_files()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var library = host.Silo(0).GetRequiredService<MediaLibrary>();
        var older = (await library.UploadAsync("demo", "a.png", TestImages.Png(50, 50, shade: 1), "t", default)).Item;
        var newer = (await library.UploadAsync("demo", "b.png", TestImages.Png(50, 50, shade: 2), "t", default)).Item;

        await host.RestartAsync();
        library = host.Silo(1).GetRequiredService<MediaLibrary>();
        (await library.ListAsync("demo")).Select(i => i.Id).Should().Equal(newer.Id, older.Id);

        (await library.DeleteAsync("demo", older.Id, default)).Should().BeTrue();
        (await library.DeleteAsync("demo", older.Id, default)).Should().BeFalse();
        (await library.ListAsync("demo")).Select(i => i.Id).Should().Equal(newer.Id);
        (await library.OpenAsync("demo", older.Id, "50w.png", default)).Should().BeNull();
        await using var kept = await library.OpenAsync("demo", newer.Id, "50w.png", default);
        kept.Should().NotBeNull();
        var stored = await host.ReadStoredAsync<MediaState>(BlogMediaGrain.StateName, BlogMediaGrain.GrainTypeName, "demo");
        stored.Items.Select(i => i.Id).Should().Equal(newer.Id);
    }

    [Fact]
    public async Task A_refused_upload_stores_nothing()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var library = host.Silo(0).GetRequiredService<MediaLibrary>();

        var act = () => library.UploadAsync("demo", "x.png", "not an image"u8.ToArray(), "t", default);

        await act.Should().ThrowAsync<MediaRejectedException>();
        (await library.ListAsync("demo")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("0123456789ABCDEF0123")]
    [InlineData("0123456789abcdef012")]
    public async Task Ids_that_are_not_ids_open_nothing(string id)
    {
        await using var host = await BlogHost.StartAsync();
        var library = host.Silo(0).GetRequiredService<MediaLibrary>();

        (await library.OpenAsync("demo", id, "600w.png", default)).Should().BeNull();
        (await library.GetAsync("demo", id)).Should().BeNull();
    }
}
