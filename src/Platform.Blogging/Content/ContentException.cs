namespace Platform.Blogging.Content;

/// <summary>
/// A post's source could not be turned into a post: broken front matter, an unreadable value, or a body over the
/// size limit. <see cref="Field"/>, <see cref="Line"/> and <see cref="Column"/> say where, when known; line and
/// column are 1-based and relative to the whole file (front matter delimiters included).
/// </summary>
public sealed class ContentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContentException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ContentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the place of the problem.</summary>
    /// <param name="message">What went wrong, including the field, line and column when known.</param>
    /// <param name="field">The front matter key involved, or <see langword="null"/>.</param>
    /// <param name="line">The 1-based line in the file, or <see langword="null"/>.</param>
    /// <param name="column">The 1-based column in the file, or <see langword="null"/>.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public ContentException(string message, string? field, int? line, int? column, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
        Line = line;
        Column = column;
    }

    /// <summary>The front matter key involved, or <see langword="null"/> when the problem is not tied to one.</summary>
    public string? Field { get; }

    /// <summary>The 1-based line in the file, or <see langword="null"/> when unknown.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column in the file, or <see langword="null"/> when unknown.</summary>
    public int? Column { get; }
}
