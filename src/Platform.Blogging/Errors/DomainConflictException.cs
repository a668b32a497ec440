namespace Platform.Blogging.Errors;

/// <summary>A custom domain belongs to another blog.</summary>
[GenerateSerializer]
[Alias("platform.DomainConflictException")]
public sealed class DomainConflictException(string domain, string otherBlog) : BloggingException("domain-conflict", $"The domain '{domain}' already belongs to blog '{otherBlog}'.", "customDomains");
