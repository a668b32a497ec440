using Platform.Testing.Azurite;

namespace Platform.Storage.Tests.Azurite;

/// <summary>Test classes that share one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
