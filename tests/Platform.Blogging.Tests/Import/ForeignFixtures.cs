using Platform.Testing.Azurite;

namespace Platform.Blogging.Tests.Import;

/// <summary>The hand-written Ghost and WordPress exports in <c>tests/Fixtures</c>.</summary>
public static class ForeignFixtures
{
    public static string PathOf(string relative) => Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static MemoryStream Open(string relative) => new(Bytes(relative), writable: false);
}
