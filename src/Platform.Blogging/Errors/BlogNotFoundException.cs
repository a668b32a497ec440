namespace Platform.Blogging.Errors;

/// <summary>The blog does not exist.</summary>
[GenerateSerializer]
[Alias("platform.BlogNotFoundException")]
public sealed class BlogNotFoundException(string blog) : BloggingException("blog-not-found", $"There is no blog named '{blog}'.");
