namespace Platform.Blogging.Errors;

/// <summary>A blog with this name exists.</summary>
[GenerateSerializer]
[Alias("platform.BlogAlreadyExistsException")]
public sealed class BlogAlreadyExistsException(string blog) : BloggingException("blog-exists", $"A blog named '{blog}' already exists.", "name");
