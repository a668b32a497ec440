using System.Collections.ObjectModel;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Content;

/// <summary>
/// Splits a post file into Jekyll-style YAML front matter (between a first line <c>---</c> and a later line
/// <c>---</c> or <c>...</c>) and the Markdown body, and reads the front matter into a <see cref="FrontMatter"/>.
/// Errors are <see cref="ContentException"/>s whose line and column count from the start of the file.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>Parses <paramref name="source"/>.</summary>
    /// <param name="source">The whole file.</param>
    /// <param name="timeZone">The blog's time zone, for dates written without an offset.</param>
    /// <returns>The front matter and the body.</returns>
    /// <exception cref="ContentException">The YAML is invalid or a known key has a value of the wrong shape.</exception>
    public static SourceDocument Parse(string source, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timeZone);
        if (source.Length > 0 && source[0] == '\uFEFF')
        {
            source = source[1..];
        }

        if (!TrySplit(source, out string yaml, out string body, out int bodyStartLine))
        {
            return new SourceDocument(FrontMatter.Empty, source, 1);
        }

        // The YAML starts on the file's second line, so its line numbers are one short of the file's.
        var reader = new FrontMatterReader(timeZone, lineOffset: 1);
        return new SourceDocument(reader.Read(Load(yaml)), body, bodyStartLine);
    }

    private static YamlMappingNode? Load(string yaml)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            throw Invalid(exception.Start, Describe(exception), exception);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet 16.3 throws this instead of a YamlException for some unterminated flow collections
            // (e.g. "tags: [a, b" followed by more keys); the scanner's position is where it gave up.
            throw Invalid(scanner.CurrentPosition, "unexpected content (is a '[' or '{' left unclosed?)", exception);
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        return stream.Documents[0].RootNode switch
        {
            YamlMappingNode mapping => mapping,
            YamlScalarNode { Value: null or "" } => null,
            var other => throw new ContentException(
                $"Front matter must be a mapping of keys to values (line {other.Start.Line + 1}, column {other.Start.Column}).",
                field: null,
                (int)other.Start.Line + 1,
                (int)other.Start.Column),
        };
    }

    private static ContentException Invalid(Mark mark, string reason, Exception cause)
    {
        int line = (int)mark.Line + 1;
        int column = (int)mark.Column;
        return new ContentException(
            $"Invalid YAML front matter at line {line}, column {column}: {reason}", field: null, line, column, cause);
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes its message with "(Line: a, Col: b, Idx: c) - (Line: ...): "; our message says it better.
        string message = exception.InnerException is YamlException inner ? inner.Message : exception.Message;
        int cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
    }

    /// <summary>Splits a file (without its BOM) into the YAML between the delimiters and the body, exactly as written; false when there is no front matter. The export uses it to keep bodies byte for byte.</summary>
    internal static bool TrySplit(string source, out string yaml, out string body, out int bodyStartLine)
    {
        yaml = string.Empty;
        body = source;
        bodyStartLine = 1;
        int firstEnd = LineEnd(source, 0, out int next);
        if (!IsDelimiter(source.AsSpan(0, firstEnd), allowDots: false))
        {
            return false;
        }

        int yamlStart = next;
        int position = next;
        int line = 2;
        while (position < source.Length)
        {
            int end = LineEnd(source, position, out next);
            if (IsDelimiter(source.AsSpan(position, end - position), allowDots: true))
            {
                yaml = source[yamlStart..position];
                body = source[next..];
                bodyStartLine = line + 1;
                return true;
            }

            position = next;
            line++;
        }

        throw new ContentException(
            "Front matter opened with '---' on line 1 is never closed: add a line '---' after the last key.",
            field: null,
            line: 1,
            column: 1);
    }

    private static int LineEnd(string text, int start, out int next)
    {
        int newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            next = text.Length;
            return text.Length;
        }

        next = newline + 1;
        return newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, bool allowDots)
    {
        line = line.TrimEnd(" \t");
        return line.SequenceEqual("---") || (allowDots && line.SequenceEqual("..."));
    }

    internal static IReadOnlyDictionary<string, object?> Freeze(Dictionary<string, object?> values) =>
        new ReadOnlyDictionary<string, object?>(values);
}
