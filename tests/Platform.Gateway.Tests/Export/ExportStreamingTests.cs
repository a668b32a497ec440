using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Export;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Export;

/// <summary>The exporter streams: it writes only asynchronously (as a response needs) and in pieces about a post large, not the blog at once.</summary>
public sealed class ExportStreamingTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task A_large_blog_is_written_asynchronously_in_pieces_of_about_a_post()
    {
        const int posts = 40;
        var (blog, owner) = await _api.CreateBlogAsync();
        for (var i = 0; i < posts; i++)
        {
            // About 40 KB of text that does not compress much, so the zip is large.
            var body = string.Join(' ', Enumerable.Range(0, 600).Select(_ => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))));
            await _api.CreatePostAsync(blog, owner, $"---\ntitle: Post {i}\ndate: 2024-01-{1 + (i % 28):00} 10:00:00\n---\n{body}\n");
        }

        var output = new AsyncOnlyStream();
        var exporter = factory.Services.GetRequiredService<BlogExporter>();
        var progress = new List<ExportProgress>();
        var summary = await exporter.ExportAsync(blog, output, ExportAddress.FromBlogUrl("https://big.example"), new SynchronousProgress(progress.Add));

        summary.Published.Should().Be(posts);
        progress.Should().HaveCount(posts * 2).And.EndWith(new ExportProgress(posts * 2, posts * 2));
        output.Total.Should().BeGreaterThan(2L * posts * 30_000, "each post is in the zip twice (its file and its JSON entry)");
        output.LargestWrite.Should().BeLessThan(256 * 1024, "the archive is handed on after every post, never the whole blog at once");
        ExportZip.Read(output.Bytes.ToArray()).PostFiles.Should().HaveCount(posts);
    }

    /// <summary>Reports on the calling thread, so the test sees every step before the export returns.</summary>
    private sealed class SynchronousProgress(Action<ExportProgress> report) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => report(value);
    }

    /// <summary>Like a response body: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        public MemoryStream Bytes { get; } = new();

        public long Total { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("Synchronous flush.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous write.");

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Total += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            await Bytes.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
