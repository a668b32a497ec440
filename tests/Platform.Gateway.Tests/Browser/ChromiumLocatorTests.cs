using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>How the browser tests find Chromium, and that a missing one is a clear failure.</summary>
public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-chromium-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_override_wins_over_the_known_paths()
    {
        var known = Touch("known");
        var chosen = Touch("chosen");

        ChromiumLocator.Locate(chosen, [known], searchPath: null).Should().Be(chosen);
    }

    [Fact]
    public void An_override_that_does_not_exist_fails_and_names_it()
    {
        var missing = Path.Combine(_folder, "nowhere");

        var locate = () => ChromiumLocator.Locate(missing, [Touch("known")], searchPath: null);

        locate.Should().Throw<InvalidOperationException>()
            .WithMessage($"{ChromiumLocator.NotInstalledMessage}*{missing}*");
    }

    [Fact]
    public void The_first_known_path_that_exists_is_used_then_chromium_on_PATH()
    {
        var second = Touch("second");
        ChromiumLocator.Locate(null, [Path.Combine(_folder, "first"), second], searchPath: null).Should().Be(second);

        var onPath = Touch("chromium-browser");
        ChromiumLocator.Locate(" ", [Path.Combine(_folder, "first")], searchPath: "/nonexistent" + Path.PathSeparator + _folder).Should().Be(onPath);
    }

    [Fact]
    public void Without_any_chromium_the_message_says_how_to_install_it()
    {
        var locate = () => ChromiumLocator.Locate(null, [Path.Combine(_folder, "chromium")], searchPath: _folder);

        locate.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().StartWith("Chromium is not installed: run `apt-get install chromium` (or set PLATFORM_CHROMIUM)");
    }

    private string Touch(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, []);
        return path;
    }
}
