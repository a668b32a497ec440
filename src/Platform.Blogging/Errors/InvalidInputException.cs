namespace Platform.Blogging.Errors;

/// <summary>A field of a request is missing or malformed.</summary>
[GenerateSerializer]
[Alias("platform.InvalidInputException")]
public sealed class InvalidInputException(string field, string message) : BloggingException("invalid-input", message, field);
