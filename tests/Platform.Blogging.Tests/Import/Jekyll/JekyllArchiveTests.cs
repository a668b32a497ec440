using System.IO.Compression;
using System.Text;
using Platform.Blogging.Errors;
using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

public sealed class JekyllArchiveTests
{
    private static MemoryStream Zip(params (string Name, byte[] Bytes, int? UnixMode)[] entries)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes, mode) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize);
                if (mode is { } unix)
                {
                    entry.ExternalAttributes = unix << 16;
                }

                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static (string, byte[], int?) Text(string name, string text) => (name, Encoding.UTF8.GetBytes(text), null);

    private static async Task<string> RefusalAsync(MemoryStream zip)
    {
        var act = () => JekyllArchive.ReadZipAsync(zip);
        return (await act.Should().ThrowAsync<InvalidInputException>()).Which.Message;
    }

    [Fact]
    public async Task A_sound_site_reads_every_file()
    {
        var files = await JekyllArchive.ReadZipAsync(Zip(Text("site/_config.yml", "title: x"), Text("site/_posts/2024-01-01-a.md", "a"), ("site/images/a.png", [1, 2, 3], null)));
        files.Select(f => f.Path).Should().BeEquivalentTo("site/_config.yml", "site/_posts/2024-01-01-a.md", "site/images/a.png");
    }

    [Theory]
    [InlineData("../evil.md")]
    [InlineData("site/../../evil.md")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/evil.md")]
    [InlineData("site\\..\\evil.md")]
    public async Task Unsafe_paths_refuse_the_whole_archive(string name)
    {
        var message = await RefusalAsync(Zip(Text("_posts/2024-01-01-ok.md", "ok"), Text(name, "x")));
        message.Should().Contain(name).And.Contain("nothing was imported");
    }

    [Fact]
    public async Task A_symbolic_link_entry_refuses_the_whole_archive()
    {
        var message = await RefusalAsync(Zip(Text("_posts/2024-01-01-ok.md", "ok"), ("_posts/link.md", Encoding.UTF8.GetBytes("/etc/passwd"), 0xA1FF)));
        message.Should().Contain("_posts/link.md").And.Contain("symbolic link");
    }

    [Fact]
    public async Task A_regular_file_with_unix_permissions_is_not_taken_for_a_link()
    {
        var files = await JekyllArchive.ReadZipAsync(Zip(("_posts/2024-01-01-ok.md", Encoding.UTF8.GetBytes("ok"), 0x81A4)));
        files.Should().ContainSingle();
    }

    [Fact]
    public async Task A_zip_bomb_entry_is_refused_before_it_is_inflated()
    {
        var message = await RefusalAsync(Zip(Text("_posts/2024-01-01-ok.md", "ok"), ("bomb.txt", new byte[8 * 1024 * 1024], null)));
        message.Should().Contain("bomb.txt").And.Contain("zip bomb");
    }

    [Fact]
    public async Task Too_many_entries_are_refused()
    {
        var entries = Enumerable.Range(0, JekyllArchive.MaxEntries + 1).Select(i => Text($"f/{i}.txt", "")).ToArray();
        var message = await RefusalAsync(Zip(entries));
        message.Should().Contain("entries");
    }

    [Fact]
    public async Task The_same_name_twice_is_refused()
    {
        var message = await RefusalAsync(Zip(Text("_posts/2024-01-01-a.md", "1"), Text("_posts/2024-01-01-a.md", "2")));
        message.Should().Contain("twice");
    }

    [Fact]
    public async Task An_entry_that_inflates_past_its_declared_size_is_refused()
    {
        using var zip = Zip(Text("_posts/2024-01-01-a.md", new string('a', 4000)));
        var bytes = zip.ToArray();
        // Lower the declared uncompressed size in the central directory (and the local header) to 10 bytes.
        PatchUncompressedSize(bytes, 4000, 10);
        var act = () => JekyllArchive.ReadZipAsync(new MemoryStream(bytes));
        (await act.Should().ThrowAsync<InvalidInputException>()).Which.Message.Should().Contain("_posts/2024-01-01-a.md");
    }

    [Fact]
    public void A_folder_with_a_symbolic_link_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("jekyll-link-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "_posts"));
            File.WriteAllText(Path.Combine(folder, "_posts", "2024-01-01-a.md"), "a");
            File.CreateSymbolicLink(Path.Combine(folder, "_posts", "2024-01-02-b.md"), "/etc/hostname");
            var act = () => JekyllArchive.ReadFolder(folder);
            act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("2024-01-02-b.md").And.Contain("symbolic link");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void PatchUncompressedSize(byte[] zip, int from, int to)
    {
        var patched = 0;
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var local = zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x03 && zip[i + 3] == 0x04;
            var central = zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02;
            var offset = local ? i + 22 : central ? i + 24 : -1;
            if (offset >= 0 && BitConverter.ToInt32(zip, offset) == from)
            {
                BitConverter.GetBytes(to).CopyTo(zip, offset);
                patched++;
            }
        }

        patched.Should().BeGreaterThan(0, "the test must really lower the declared size");
    }
}
