using System.Security.Cryptography;

namespace Platform.Gateway.Assets;

/// <summary>
/// The platform's own static files (stylesheet, demo image), embedded in the assembly and served under
/// <c>/_platform/assets/</c> on every host, outside any blog. The stylesheet's URL carries its hash, so it can be cached for a year.
/// </summary>
internal static class SiteAssets
{
    public const string Prefix = "/_platform/assets";

    private static readonly Dictionary<string, Asset> s_assets = new(StringComparer.Ordinal)
    {
        ["site.css"] = Load("site.css", "text/css; charset=utf-8"),
        ["diagram.svg"] = Load("diagram.svg", "image/svg+xml"),
        ["studio.css"] = Load("studio.css", "text/css; charset=utf-8"),
        ["studio.js"] = Load("studio.js", "text/javascript; charset=utf-8"),
        ["editor.js"] = Load("editor.js", "text/javascript; charset=utf-8"),
    };

    /// <summary>The stylesheet's versioned URL.</summary>
    public static string StylesheetHref { get; } = $"{Prefix}/site.css?v={s_assets["site.css"].Version}";

    /// <summary>The studio's stylesheet, versioned.</summary>
    public static string StudioStylesheetHref { get; } = $"{Prefix}/studio.css?v={s_assets["studio.css"].Version}";

    /// <summary>The studio's script module, versioned.</summary>
    public static string StudioScriptHref { get; } = $"{Prefix}/studio.js?v={s_assets["studio.js"].Version}";

    /// <summary>The studio editor's module (live preview, autosave, shortcuts), versioned.</summary>
    public static string EditorScriptHref { get; } = $"{Prefix}/editor.js?v={s_assets["editor.js"].Version}";

    public static bool TryGet(string name, out Asset asset) => s_assets.TryGetValue(name, out asset!);

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream($"Platform.Gateway.Assets.{name}")
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return new Asset(bytes, contentType, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
    }

    internal sealed record Asset(byte[] Bytes, string ContentType, string Version)
    {
        public string ETag => $"\"{Version}\"";
    }
}
