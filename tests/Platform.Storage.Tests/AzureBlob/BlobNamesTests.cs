using Platform.Actors;
using Platform.Storage.AzureBlob;

namespace Platform.Storage.Tests.AzureBlob;

public sealed class BlobNamesTests
{
    [Fact]
    public void The_blob_name_follows_orleans_layout()
    {
        BlobNames.Of("counter", new GrainId("post", "blog/첫 글")).Should().Be("counter-post/blog/첫 글.json");
    }

    [Fact]
    public void Each_path_segment_is_escaped_on_its_own()
    {
        BlobNames.Escape("counter-post/blog/첫 글?#%.json").Should().Be("counter-post/blog/%EC%B2%AB%20%EA%B8%80%3F%23%25.json");
    }

    [Fact]
    public void Dot_segments_are_escaped_so_urls_cannot_fold_them()
    {
        var escaped = BlobNames.Escape("s-t/a/../b/./c.json");

        escaped.Should().Be("s-t/a/%2E%2E/b/%2E/c.json");
        new Uri("http://127.0.0.1:10000/acct/grainstate/" + escaped, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true })
            .PathAndQuery.Should().Be("/acct/grainstate/" + escaped);
    }
}
