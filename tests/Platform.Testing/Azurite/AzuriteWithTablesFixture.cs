namespace Platform.Testing.Azurite;

/// <summary>Azurite's blob and table services in one process: grain state in blobs, Orleans membership in a table.</summary>
public sealed class AzuriteWithTablesFixture : AzuriteFixture
{
    protected override bool WithTables => true;
}
