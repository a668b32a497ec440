namespace Platform.Blogging.Errors;

/// <summary>A request the domain refuses, with a stable machine-readable code and the field at fault, if any.</summary>
[GenerateSerializer]
[Alias("platform.BloggingException")]
public abstract class BloggingException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected BloggingException(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>A stable code for clients, e.g. <c>slug-conflict</c>.</summary>
    [Id(0)]
    public string Code { get; }

    /// <summary>The input field at fault, when there is one.</summary>
    [Id(1)]
    public string? Field { get; }
}
