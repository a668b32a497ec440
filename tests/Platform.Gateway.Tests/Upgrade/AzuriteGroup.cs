using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Upgrade;

/// <summary>Test classes of this assembly that share one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
