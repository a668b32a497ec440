namespace Platform.Blogging.Export;

/// <summary>
/// A write-only stream that keeps what is written in memory until <see cref="DrainAsync"/> moves it on. A
/// <see cref="System.IO.Compression.ZipArchive"/> writes synchronously (its entry streams close with a synchronous
/// write even from <c>DisposeAsync</c>), which an ASP.NET Core response refuses; the exporter writes the archive
/// here and drains it into the real output after every post, so memory holds about one post's compressed bytes
/// however large the blog is.
/// </summary>
internal sealed class ArchiveSpool : Stream
{
    private readonly MemoryStream _pending = new();

    /// <summary>Bytes written and not yet drained.</summary>
    public long Pending => _pending.Length;

    /// <summary>Bytes drained so far.</summary>
    public long Drained { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Writes what is pending to <paramref name="output"/>, asynchronously, and forgets it.</summary>
    public async Task DrainAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var length = (int)_pending.Length;
        if (length == 0)
        {
            return;
        }

        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        Drained += length;
        _pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _pending.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
