using System.Net.Http.Headers;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Api;

/// <summary>The hand-written Ghost and WordPress exports in <c>tests/Fixtures</c>, as request bodies.</summary>
public static class ForeignExports
{
    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", relative));

    public static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static ByteArrayContent Ghost(string fixture = "ghost/export.json") => Body(Bytes(fixture), "application/json");

    public static ByteArrayContent WordPress(string fixture = "wordpress/export.xml", string mediaType = "text/xml") => Body(Bytes(fixture), mediaType);
}
