using Platform.Storage.AzureBlob;

namespace Platform.Storage.Tests.AzureBlob;

public sealed class ConnectionStringTests
{
    private const string Key = "c2VjcmV0LWtleS1ieXRlcy0xMjM0NTY3ODkwYWJjZGVm";

    [Fact]
    public void Development_storage_is_the_emulator_account_on_loopback_port_10000()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        parsed.BlobEndpoint.Should().Be(new Uri("http://127.0.0.1:10000/devstoreaccount1"));
        parsed.AccountName.Should().Be("devstoreaccount1");
        parsed.AccountKey.Should().Equal(Convert.FromBase64String(StorageConnectionString.DevelopmentAccountKey));
    }

    [Fact]
    public void Account_name_and_key_build_the_public_endpoint_from_protocol_and_suffix()
    {
        var parsed = StorageConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        parsed.BlobEndpoint.Should().Be(new Uri("https://myaccount.blob.core.chinacloudapi.cn"));
        parsed.AccountName.Should().Be("myaccount");
        parsed.SharedAccessSignature.Should().BeNull();
    }

    [Fact]
    public void The_suffix_defaults_to_core_windows_net_and_keys_are_case_insensitive_with_a_trailing_semicolon()
    {
        var parsed = StorageConnectionString.Parse($"accountname=myaccount; ACCOUNTKEY={Key};");

        parsed.BlobEndpoint.Should().Be(new Uri("https://myaccount.blob.core.windows.net"));
    }

    [Fact]
    public void An_explicit_blob_endpoint_wins()
    {
        var parsed = StorageConnectionString.Parse($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:12345/devstoreaccount1/;");

        parsed.BlobEndpoint.Should().Be(new Uri("http://127.0.0.1:12345/devstoreaccount1"));
    }

    [Fact]
    public void A_sas_connection_string_carries_the_signature_without_its_question_mark()
    {
        var parsed = StorageConnectionString.Parse("BlobEndpoint=https://myaccount.blob.core.windows.net/;SharedAccessSignature=?sv=2025-01-05&ss=b&sig=abc%3D");

        parsed.SharedAccessSignature.Should().Be("sv=2025-01-05&ss=b&sig=abc%3D");
        parsed.AccountKey.Should().BeNull();
        parsed.BlobEndpoint.Host.Should().Be("myaccount.blob.core.windows.net");
    }

    [Theory]
    [InlineData("AccountName=myaccount;AccountKey", "segment 2 is not Key=Value")]
    [InlineData("AccountName=myaccount", "no credentials")]
    [InlineData("AccountKey=" + Key, "no AccountName")]
    [InlineData("AccountName=myaccount;AccountKey=not*base64!", "not valid base64")]
    [InlineData("AccountName=myaccount;AccountKey=" + Key + ";BlobEndpoint=not a uri", "BlobEndpoint is not an absolute")]
    [InlineData("UseDevelopmentStorage=false", "may only be 'true'")]
    [InlineData("UseDevelopmentStorage=true;AccountName=x", "cannot be combined")]
    [InlineData("AccountName=myaccount;AccountName=other;AccountKey=" + Key, "more than once")]
    [InlineData("AccountName=myaccount;" + Key, "segment 2")]
    [InlineData("Acount=myaccount;AccountKey=" + Key, "unknown setting in segment 1")]
    public void Malformed_strings_are_rejected_with_the_reason_and_without_the_key(string connectionString, string reason)
    {
        var act = () => StorageConnectionString.Parse(connectionString);

        var message = act.Should().Throw<FormatException>().Which.Message;
        message.Should().Contain(reason).And.Contain("Storage:AzureBlob:ConnectionString");
        message.Should().NotContain(Key).And.NotContain("base64!");
    }

    [Fact]
    public void Options_validation_names_the_configuration_key()
    {
        var act = () => new AzureBlobStorageOptions().Validate();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Storage:AzureBlob:ConnectionString*");
    }

    [Theory]
    [InlineData("Grainstate")]
    [InlineData("ab")]
    [InlineData("a--b")]
    public void Options_validation_rejects_invalid_container_names(string name)
    {
        var act = () => new AzureBlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = name }.Validate();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Storage:AzureBlob:ContainerName*");
    }
}
