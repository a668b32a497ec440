using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Platform.Testing.Browser;

/// <summary>
/// Saves a page as a PNG test artifact named <c>{testName}-{step}.png</c> in <see cref="Folder"/>: the folder named
/// by <c>PLATFORM_TEST_ARTIFACTS</c>, else <c>tests/artifacts/screenshots/</c> in the repository (found by walking up
/// to <c>Platform.sln</c>; git ignores it). A later run overwrites the same names.
/// </summary>
public static class Screenshots
{
    /// <summary>The environment variable that names the folder screenshots go to.</summary>
    public const string FolderVariable = "PLATFORM_TEST_ARTIFACTS";

    /// <summary>Where screenshots go (not created until the first one is saved).</summary>
    public static string Folder => FolderFor(Environment.GetEnvironmentVariable(FolderVariable), AppContext.BaseDirectory);

    /// <summary>
    /// <paramref name="overrideFolder"/> when set, else <c>tests/artifacts/screenshots</c> under the first folder
    /// above <paramref name="startDirectory"/> that holds <c>Platform.sln</c>, else a folder under the system's temp.
    /// </summary>
    public static string FolderFor(string? overrideFolder, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overrideFolder))
        {
            return Path.GetFullPath(overrideFolder);
        }

        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "artifacts", "screenshots");
            }
        }

        return Path.Combine(Path.GetTempPath(), "platform-test-artifacts", "screenshots");
    }

    /// <summary>
    /// The file name for <paramref name="testName"/> and <paramref name="step"/>: <c>{testName}-{step}.png</c> with
    /// anything but letters, digits, <c>-</c>, <c>_</c> and <c>.</c> turned into <c>_</c>.
    /// </summary>
    public static string FileName(string testName, string step)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(testName);
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        return $"{Clean(testName)}-{Clean(step)}.png";
    }

    /// <summary>
    /// Saves the whole of <paramref name="page"/> (scrolled, not only the viewport) as <see cref="FileName"/> in
    /// <see cref="Folder"/>; <paramref name="testName"/> defaults to the calling method's name. Returns the file's path.
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string step, [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(testName, step));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png });
        return path;
    }

    private static string Clean(string part) =>
        string.Create(part.Length, part, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_';
            }
        });
}
