namespace Platform.Gateway.Api;

/// <summary>Fixed limits of the author API.</summary>
internal static class AuthorApiDefaults
{
    /// <summary>The Kestrel body limit of the import endpoint (the configured <c>Api:MaxImportBytes</c> applies below it).</summary>
    public const long MaxImportBodyBytes = 256L * 1024 * 1024;
}
