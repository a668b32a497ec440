namespace Platform.Blogging.Import.Foreign;

/// <summary>
/// An export file refused whole, before anything is stored: not JSON or XML, not the expected format, a DOCTYPE, or
/// over the size limit. <see cref="Line"/> and <see cref="Column"/> (1-based) say where, when known.
/// </summary>
public sealed class ImportFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImportFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ImportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the place of the problem.</summary>
    public ImportFormatException(string message, int? line, int? column, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column of the problem, when known.</summary>
    public int? Column { get; }
}
