using System.Diagnostics;

namespace Platform.Testing.Azurite;

/// <summary>Finds <c>azurite-blob</c> on PATH or in the repository's <c>.tools/azurite</c>, installing it there once (under a file lock).</summary>
public static class AzuriteInstaller
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static async Task<string> LocateOrInstallAsync(string nodeHint)
    {
        var onPath = FindOnPath("azurite-blob");
        if (onPath is not null)
        {
            return onPath;
        }

        var toolDirectory = Path.Combine(RepositoryRoot(), ".tools", "azurite");
        var local = Path.Combine(toolDirectory, "node_modules", ".bin", "azurite-blob");
        if (File.Exists(local))
        {
            return local;
        }

        if (FindOnPath("node") is null || FindOnPath("npm") is null)
        {
            throw new InvalidOperationException($"Azurite is not installed and Node.js/npm were not found: {nodeHint}.");
        }

        await InProcess.WaitAsync();
        try
        {
            Directory.CreateDirectory(toolDirectory);
            using var fileLock = await AcquireAsync(Path.Combine(toolDirectory, "..", "azurite.lock"));
            if (!File.Exists(local))
            {
                await RunNpmInstallAsync(toolDirectory);
            }
        }
        finally
        {
            InProcess.Release();
        }

        return File.Exists(local) ? local : throw new InvalidOperationException($"npm install finished but {local} is missing.");
    }

    private static async Task RunNpmInstallAsync(string toolDirectory)
    {
        var info = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "install", "--prefix", toolDirectory, "azurite@3", "--no-audit", "--no-fund" })
        {
            info.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(info) ?? throw new InvalidOperationException("Could not start npm.");
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install azurite@3 failed with exit code {npm.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static async Task<FileStream> AcquireAsync(string path)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (i < 3000)
            {
                await Task.Delay(100);
            }
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
