namespace Platform.Testing.Browser;

/// <summary>
/// Finds the Chromium that the browser tests drive: the one Debian's <c>chromium</c> package installs (Playwright's own
/// browser downloads cannot be fetched here). <c>PLATFORM_CHROMIUM</c> names another binary. Absent, the tests fail
/// with <see cref="NotInstalledMessage"/>; they never skip.
/// </summary>
public static class ChromiumLocator
{
    /// <summary>The environment variable that names the Chromium binary to use instead of the ones searched for.</summary>
    public const string OverrideVariable = "PLATFORM_CHROMIUM";

    /// <summary>What a test says when no Chromium is found.</summary>
    public const string NotInstalledMessage = "Chromium is not installed: run `apt-get install chromium` (or set PLATFORM_CHROMIUM)";

    /// <summary>
    /// Where Debian and Ubuntu put it, in order. <c>/usr/lib/chromium/chromium</c> is the browser itself behind
    /// Debian's <c>/usr/bin/chromium</c> shell launcher, which would add its own flags (extensions, GPU rasterization);
    /// the launcher is the fallback.
    /// </summary>
    public static IReadOnlyList<string> KnownPaths { get; } =
    [
        "/usr/lib/chromium/chromium",
        "/usr/bin/chromium",
        "/usr/lib/chromium-browser/chromium-browser",
        "/usr/bin/chromium-browser",
    ];

    /// <summary>The Chromium binary to launch; throws <see cref="InvalidOperationException"/> with <see cref="NotInstalledMessage"/> when there is none.</summary>
    public static string Locate() => Locate(Environment.GetEnvironmentVariable(OverrideVariable), KnownPaths, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>
    /// The binary named by <paramref name="overridePath"/> when set (it must exist), else the first of
    /// <paramref name="knownPaths"/> that exists, else <c>chromium</c> or <c>chromium-browser</c> on <paramref name="searchPath"/>.
    /// </summary>
    public static string Locate(string? overridePath, IEnumerable<string> knownPaths, string? searchPath)
    {
        ArgumentNullException.ThrowIfNull(knownPaths);
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return File.Exists(overridePath)
                ? Path.GetFullPath(overridePath)
                : throw new InvalidOperationException($"{NotInstalledMessage}. {OverrideVariable} is set to '{overridePath}', which does not exist.");
        }

        var onPath = (searchPath ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(directory => new[] { Path.Combine(directory, "chromium"), Path.Combine(directory, "chromium-browser") });
        return knownPaths.Concat(onPath).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{NotInstalledMessage}. Looked in {string.Join(", ", knownPaths)} and on PATH.");
    }
}
