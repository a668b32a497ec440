namespace Platform.Blogging.Import.Foreign;

/// <summary>Reads a whole export into memory, refusing it once it passes a size limit.</summary>
public static class BoundedInput
{
    /// <summary>The bytes of <paramref name="stream"/>, at most <paramref name="limit"/> of them.</summary>
    /// <exception cref="ImportFormatException">The stream holds more than <paramref name="limit"/> bytes.</exception>
    public static async Task<byte[]> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > limit)
            {
                throw new ImportFormatException($"The export is over the limit of {limit / (1024 * 1024)} MiB.");
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
