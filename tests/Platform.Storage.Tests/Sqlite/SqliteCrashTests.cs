using System.Diagnostics;
using System.Globalization;
using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests.Sqlite;

public sealed class SqliteCrashTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_killed_writer_process_leaves_its_last_committed_state_intact()
    {
        var path = _directory.File("crash.db");
        var key = Guid.NewGuid().ToString("N");
        var helper = HelperPath();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(helper);
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(key);

        var lastReported = 0;
        using (var child = Process.Start(info)!)
        {
            var stderr = child.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (lastReported < 200)
            {
                var line = await child.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    Assert.Fail($"The writer exited early (code {(child.HasExited ? child.ExitCode : -1)}): {await stderr}");
                }

                lastReported = int.Parse(line, CultureInfo.InvariantCulture);
            }

            // SIGKILL mid-loop: no finally blocks, no disposal, connections abandoned with a WAL file behind.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();

            // Lines already in the pipe were printed (so committed) before the kill.
            string? rest;
            while ((rest = await child.StandardOutput.ReadLineAsync()) is not null)
            {
                if (int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var printed))
                {
                    lastReported = printed;
                }
            }
        }

        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = path });
        var id = new GrainId("crash", key);
        var state = new GrainState<Dictionary<string, int>>([]);
        await storage.ReadStateAsync("counter", id, state);

        state.RecordExists.Should().BeTrue();
        // Every count the child reported was committed first; at most one more may have committed before the kill.
        state.State["count"].Should().BeInRange(lastReported, lastReported + 1);
        state.State["count"]++;
        await storage.WriteStateAsync("counter", id, state);
    }

    private static string HelperPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory.Replace("Platform.Storage.Tests", "Platform.Storage.CrashHelper", StringComparison.Ordinal), "Platform.Storage.CrashHelper.dll");
        File.Exists(path).Should().BeTrue($"the crash helper is built with the tests ({path})");
        return path;
    }

    public void Dispose() => _directory.Dispose();
}
