namespace Platform.Blogging.Errors;

/// <summary>The post does not exist.</summary>
[GenerateSerializer]
[Alias("platform.PostNotFoundException")]
public sealed class PostNotFoundException(string blog, string postId) : BloggingException("post-not-found", $"Blog '{blog}' has no post '{postId}'.");
