namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Finds a <c>&lt;!DOCTYPE</c> in an XML file's prolog (before the root element, the only place one may stand), so
/// it can be refused with a clear message before any parser sees it. A DOCTYPE-like text inside a post's content
/// is not in the prolog and is not matched.
/// </summary>
internal static class DoctypeScan
{
    /// <summary>The 1-based line and column of the prolog's DOCTYPE, or null when it has none.</summary>
    public static (int Line, int Column)? Find(ReadOnlySpan<byte> xml)
    {
        var at = xml.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (at < xml.Length)
        {
            var rest = xml[at..];
            if (rest[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }
            else if (rest.StartsWith("<?"u8))
            {
                at = Skip(xml, at, "?>"u8);
            }
            else if (rest.StartsWith("<!--"u8))
            {
                at = Skip(xml, at, "-->"u8);
            }
            else if (rest.Length >= 9 && System.Text.Encoding.ASCII.GetString(rest[..9]).Equals("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                return Position(xml, at);
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    private static int Skip(ReadOnlySpan<byte> xml, int at, ReadOnlySpan<byte> end)
    {
        var found = xml[at..].IndexOf(end);
        return found < 0 ? xml.Length : at + found + end.Length;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> xml, int at)
    {
        var before = xml[..at];
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, at - lastNewline);
    }
}
