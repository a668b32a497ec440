namespace Platform.Blogging.Errors;

/// <summary>
/// A field of a request is missing or malformed. <see cref="Reason"/> says which rule refused it (one of
/// <see cref="InputReasons"/>), so a caller can word the refusal in its reader's language; the message stays English.
/// </summary>
[GenerateSerializer]
[Alias("platform.InvalidInputException")]
public sealed class InvalidInputException(string field, string message, string? reason = null) : BloggingException("invalid-input", message, field)
{
    /// <summary>The rule that refused the input (an <see cref="InputReasons"/> constant), or null when none was named.</summary>
    [Id(0)]
    public string? Reason { get; } = reason;
}
