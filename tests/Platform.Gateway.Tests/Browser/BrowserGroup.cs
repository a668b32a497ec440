using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>Test classes of this assembly that drive one shared headless Chromium: mark them <c>[Collection(BrowserGroup.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
