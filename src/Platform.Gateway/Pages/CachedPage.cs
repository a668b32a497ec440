namespace Platform.Gateway.Pages;

/// <summary>A rendered response kept ready: its bytes and validators.</summary>
internal sealed record CachedPage(byte[] Body, string ContentType, string ETag, DateTimeOffset? LastModified, string CacheControl, int StatusCode = 200);
