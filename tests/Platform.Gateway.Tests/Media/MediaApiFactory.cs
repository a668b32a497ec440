using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Media;

/// <summary>The author API with a media limit small enough to test (200 KB).</summary>
public sealed class MediaApiFactory : AuthorApiFactory
{
    public const int MaxUploadBytes = 200_000;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Blogging:Media:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
