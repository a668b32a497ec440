using System.Security.Cryptography;
using System.Text;
using Platform.Storage.AzureBlob;

namespace Platform.Storage.Tests.AzureBlob;

/// <summary>
/// Known answers written out by hand from the Shared Key specification (Blob service, 2009-09-19 and later):
/// VERB, then Content-Encoding, Content-Language, Content-Length (empty when 0), Content-MD5, Content-Type, Date,
/// If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since, Range, each followed by a newline; then the
/// lower-cased, sorted x-ms- headers as "name:value\n"; then "/{account}{encoded path}" and "\nname:value" per
/// query parameter (names lower-cased and sorted, repeated values joined by commas).
/// </summary>
public sealed class SharedKeySignerTests
{
    private const string Account = "devstoreaccount1";

    [Fact]
    public void A_conditional_put_blob_on_a_path_style_endpoint_signs_the_account_twice_in_the_resource()
    {
        var request = new BlobRequest(HttpMethod.Put, new Uri("http://127.0.0.1:10000/devstoreaccount1/grainstate/state-post/%ED%95%9C%20a.json"))
        {
            Content = Encoding.UTF8.GetBytes("{\"count\":1}\n\n"),
            ContentType = "application/json",
        }
            .With("x-ms-version", "2025-01-05")
            .With("If-Match", "\"0x8DD1\"")
            .With("x-ms-date", "Mon, 23 Nov 2026 04:00:00 GMT")
            .With("X-MS-Blob-Type", "BlockBlob");

        const string expected =
            "PUT\n" +
            "\n" +                        // Content-Encoding
            "\n" +                        // Content-Language
            "13\n" +                      // Content-Length
            "\n" +                        // Content-MD5
            "application/json\n" +        // Content-Type
            "\n" +                        // Date (x-ms-date is used)
            "\n" +                        // If-Modified-Since
            "\"0x8DD1\"\n" +              // If-Match
            "\n" +                        // If-None-Match
            "\n" +                        // If-Unmodified-Since
            "\n" +                        // Range
            "x-ms-blob-type:BlockBlob\n" +
            "x-ms-date:Mon, 23 Nov 2026 04:00:00 GMT\n" +
            "x-ms-version:2025-01-05\n" +
            "/devstoreaccount1/devstoreaccount1/grainstate/state-post/%ED%95%9C%20a.json";

        SharedKeySigner.StringToSign(request, Account).Should().Be(expected);
        var key = Convert.FromBase64String(StorageConnectionString.DevelopmentAccountKey);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(expected)));
        SharedKeySigner.Authorization(request, Account, key).Should().Be($"SharedKey devstoreaccount1:{signature}");
    }

    [Fact]
    public void A_bodyless_request_signs_an_empty_content_length_and_its_query_parameters()
    {
        var request = new BlobRequest(HttpMethod.Put, new Uri("https://myaccount.blob.core.windows.net/grainstate?restype=container"))
            .With("x-ms-date", "Mon, 23 Nov 2026 04:00:00 GMT")
            .With("x-ms-version", "2025-01-05");

        SharedKeySigner.StringToSign(request, "myaccount").Should().Be(
            "PUT\n\n\n\n\n\n\n\n\n\n\n\n" +
            "x-ms-date:Mon, 23 Nov 2026 04:00:00 GMT\nx-ms-version:2025-01-05\n" +
            "/myaccount/grainstate\nrestype:container");
    }

    [Fact]
    public void Query_parameters_are_lower_cased_sorted_decoded_and_repeated_values_joined()
    {
        var resource = SharedKeySigner.CanonicalizedResource(
            new Uri("https://myaccount.blob.core.windows.net/c?restype=container&COMP=list&include=snapshots&include=metadata&prefix=a%20b"), "myaccount");

        resource.Should().Be("/myaccount/c\ncomp:list\ninclude:metadata,snapshots\nprefix:a b\nrestype:container");
    }
}
