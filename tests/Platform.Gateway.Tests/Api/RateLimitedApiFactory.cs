namespace Platform.Gateway.Tests.Api;

/// <summary>The author API with 5 requests per minute per token.</summary>
public sealed class RateLimitedApiFactory : AuthorApiFactory
{
    protected override string PermitsPerMinute => "5";
}
