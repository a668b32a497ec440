namespace Platform.Gateway.Api.Posts;

/// <summary>Endpoint metadata: the endpoint answers with a post's <c>ETag</c> and reads <c>If-Match</c> (required or optional); the OpenAPI document says so.</summary>
internal sealed class PostConcurrency
{
    private PostConcurrency(bool? ifMatchRequired) => IfMatchRequired = ifMatchRequired;

    /// <summary>Answers with an ETag; no If-Match.</summary>
    public static PostConcurrency ETagOnly { get; } = new(null);

    /// <summary>If-Match optional.</summary>
    public static PostConcurrency OptionalIfMatch { get; } = new(false);

    /// <summary>If-Match required (428 without it).</summary>
    public static PostConcurrency RequiredIfMatch { get; } = new(true);

    /// <summary>Null when the endpoint does not read If-Match.</summary>
    public bool? IfMatchRequired { get; }
}
