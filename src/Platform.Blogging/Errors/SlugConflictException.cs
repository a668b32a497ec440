namespace Platform.Blogging.Errors;

/// <summary>Another post already uses this slug or permalink.</summary>
[GenerateSerializer]
[Alias("platform.SlugConflictException")]
public sealed class SlugConflictException(string permalink, string otherPostId) : BloggingException("slug-conflict", $"The permalink '{permalink}' is already used by post '{otherPostId}'. Choose another slug or permalink.", "slug");
