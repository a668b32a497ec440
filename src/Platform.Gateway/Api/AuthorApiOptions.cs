namespace Platform.Gateway.Api;

/// <summary>The author API's settings: <c>Platform:AdminToken</c> and the <c>Api</c> section.</summary>
internal sealed class AuthorApiOptions
{
    /// <summary>The section the API's own settings bind from.</summary>
    public const string SectionName = "Api";

    /// <summary>The administrator's token (<c>Platform:AdminToken</c>); null turns blog creation over the API off.</summary>
    public string? AdminToken { get; set; }

    /// <summary>Requests per minute per token (per client address without one). Default 300.</summary>
    public int PermitsPerMinute { get; set; } = 300;

    /// <summary>The largest Jekyll zip accepted, in bytes. Default 50 MiB.</summary>
    public long MaxImportBytes { get; set; } = 50L * 1024 * 1024;
}
