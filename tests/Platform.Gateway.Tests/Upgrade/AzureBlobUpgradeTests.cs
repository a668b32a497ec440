using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Platform.Gateway.Cli;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Upgrade;

/// <summary>An Azure Blob container written by the previous release, migrated by the command and served with nothing lost.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobUpgradeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_migrate_command_checks_and_marks_the_old_container_and_the_platform_then_serves_it_with_nothing_lost()
    {
        var fixture = UpgradeFixture.Load("azureblob");
        var container = "upgrade-" + Guid.NewGuid().ToString("N")[..12];
        var client = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);
        await client.CreateAsync();
        var root = Path.Combine(fixture.Folder, "blobs");
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).ToArray();
        foreach (var file in files)
        {
            await client.GetBlobClient(Path.GetRelativePath(root, file).Replace('\\', '/')).UploadAsync(file);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:AzureBlob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureBlob:ContainerName"] = container,
        }).Build();

        (await AzureBlobMigration.RunAsync(configuration, dryRun: true)).Should().Be(0);
        (await client.GetBlobClient(AzureBlobMigration.MarkerName).ExistsAsync()).Value.Should().BeFalse("a dry run changes nothing");
        (await AzureBlobMigration.RunAsync(configuration, dryRun: false)).Should().Be(0);
        (await client.GetBlobClient(AzureBlobMigration.MarkerName).ExistsAsync()).Value.Should().BeTrue();
        (await AzureBlobMigration.RunAsync(configuration, dryRun: false)).Should().Be(0, "running it again is safe");

        await using var gateway = new UpgradedGateway(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "azureblob",
            ["Storage:AzureBlob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureBlob:ContainerName"] = container,
            ["Platform:SeedDemo"] = "false",
        });
        await gateway.CheckNothingWasLostAsync(fixture);
    }

    [Fact]
    public async Task A_blob_that_does_not_read_as_its_state_stops_the_migration_and_nothing_is_marked()
    {
        var container = "broken-" + Guid.NewGuid().ToString("N")[..12];
        var client = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);
        await client.CreateAsync();
        await client.GetBlobClient("blog-blog/good.json").UploadAsync(BinaryData.FromString("{\"version\":1}"));
        await client.GetBlobClient("post-post/good/bad.json").UploadAsync(BinaryData.FromString("{\"revision\":\"not a number\"}"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:AzureBlob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureBlob:ContainerName"] = container,
        }).Build();

        (await AzureBlobMigration.RunAsync(configuration, dryRun: false)).Should().Be(1);

        (await client.GetBlobClient(AzureBlobMigration.MarkerName).ExistsAsync()).Value.Should().BeFalse();
    }
}
