using System.Text;
using Platform.Blogging.Media;

namespace Platform.Blogging.Tests.Media;

/// <summary>What every <see cref="IMediaStore"/> must do; each implementation's test class runs these.</summary>
public abstract class MediaStoreContract
{
    protected abstract IMediaStore Store { get; }

    [Fact]
    public async Task A_file_put_opens_with_its_bytes_and_lists_under_its_blog_only()
    {
        await Store.PutAsync("alpha", "abc/600w.png", Encoding.UTF8.GetBytes("one"), "image/png", default);
        await Store.PutAsync("alpha", "abc/1000w.png", Encoding.UTF8.GetBytes("two!"), "image/png", default);
        await Store.PutAsync("beta", "xyz/600w.png", Encoding.UTF8.GetBytes("other"), "image/png", default);

        await using (var blob = await Store.OpenAsync("alpha", "abc/600w.png", default))
        {
            blob.Should().NotBeNull();
            blob!.Length.Should().Be(3);
            using var reader = new StreamReader(blob.Content);
            (await reader.ReadToEndAsync()).Should().Be("one");
        }

        (await ListAsync("alpha", "")).Should().Equal(new MediaBlobInfo("abc/1000w.png", 4), new MediaBlobInfo("abc/600w.png", 3));
        (await ListAsync("alpha", "abc/")).Should().HaveCount(2);
        (await ListAsync("alpha", "xyz/")).Should().BeEmpty();
        (await Store.OpenAsync("beta", "abc/600w.png", default)).Should().BeNull("one blog never reads another's file");
    }

    [Fact]
    public async Task Overwriting_replaces_and_deleting_removes_and_deleting_again_is_no_error()
    {
        await Store.PutAsync("gamma", "k/1w.png", Encoding.UTF8.GetBytes("first"), "image/png", default);
        await Store.PutAsync("gamma", "k/1w.png", Encoding.UTF8.GetBytes("second"), "image/png", default);
        await using (var blob = await Store.OpenAsync("gamma", "k/1w.png", default))
        {
            blob!.Length.Should().Be(6);
        }

        await Store.DeleteAsync("gamma", "k/1w.png", default);
        await Store.DeleteAsync("gamma", "k/1w.png", default);

        (await Store.OpenAsync("gamma", "k/1w.png", default)).Should().BeNull();
        (await ListAsync("gamma", "")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("alpha", "../beta/abc/600w.png")]
    [InlineData("alpha", "abc/../../beta/x.png")]
    [InlineData("alpha", "/etc/passwd")]
    [InlineData("alpha", "abc\\..\\x.png")]
    [InlineData("alpha", "ABC/x.png")]
    [InlineData("alpha", "")]
    [InlineData("..", "x.png")]
    [InlineData("a/b", "x.png")]
    public async Task Keys_that_could_leave_the_blogs_space_are_refused(string blog, string path)
    {
        await FluentActions.Awaiting(() => Store.PutAsync(blog, path, new byte[] { 1 }, "image/png", default)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Store.OpenAsync(blog, path, default)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Store.DeleteAsync(blog, path, default)).Should().ThrowAsync<ArgumentException>();
    }

    private async Task<List<MediaBlobInfo>> ListAsync(string blog, string prefix)
    {
        var list = new List<MediaBlobInfo>();
        await foreach (var file in Store.ListAsync(blog, prefix, default))
        {
            list.Add(file);
        }

        return list;
    }
}

public sealed class FileMediaStoreTests : MediaStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("media-store-").FullName;

    public FileMediaStoreTests() => Store = new FileMediaStore(_folder);

    protected override IMediaStore Store { get; }

    [Fact]
    public async Task Files_live_under_the_root_by_blog_and_path()
    {
        await Store.PutAsync("alpha", "abc/600w.png", new byte[] { 1, 2 }, "image/png", default);

        File.ReadAllBytes(Path.Combine(_folder, "alpha", "abc", "600w.png")).Should().Equal(1, 2);
        Directory.EnumerateFiles(_folder, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

public sealed class MemoryMediaStoreTests : MediaStoreContract
{
    protected override IMediaStore Store { get; } = new MemoryMediaStore();
}
