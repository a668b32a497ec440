namespace Platform.Gateway.Api.Posts;

/// <summary>Endpoint metadata: the endpoint also takes <c>text/markdown</c> (a Markdown file with front matter); the OpenAPI document says so.</summary>
internal sealed class MarkdownBody
{
    public static MarkdownBody Instance { get; } = new();

    private MarkdownBody()
    {
    }
}
