using System.Diagnostics;
using System.Globalization;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Storage.Sqlite;

using Platform.Storage.Tests.Support;

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
        info.ArgumentList.Add("write");
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

        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = path, GrainStorageSerializer = new BloggingStateSerializer() });
        var id = GrainId.Create("crash", key);
        var state = new TestGrainState<Dictionary<string, int>>([]);
        await storage.ReadStateAsync("counter", id, state);

        state.RecordExists.Should().BeTrue();
        // Every count the child reported was committed first; at most one more may have committed before the kill.
        state.State["count"].Should().BeInRange(lastReported, lastReported + 1);
        state.State["count"]++;
        await storage.WriteStateAsync("counter", id, state);
    }

    [Fact]
    public async Task Two_processes_incrementing_one_state_in_one_file_lose_no_update()
    {
        const int PerProcess = 300;
        var path = _directory.File("shared.db");
        var key = Guid.NewGuid().ToString("N");
        var children = Enumerable.Range(0, 2).Select(_ =>
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { HelperPath(), "increment", path, key, PerProcess.ToString(CultureInfo.InvariantCulture) })
            {
                info.ArgumentList.Add(argument);
            }

            return Process.Start(info)!;
        }).ToList();

        foreach (var child in children)
        {
            (await child.StandardOutput.ReadLineAsync()).Should().Be("ready");
        }

        foreach (var child in children)
        {
            await child.StandardInput.WriteLineAsync("go");
            await child.StandardInput.FlushAsync();
        }

        var outputs = await Task.WhenAll(children.Select(async child =>
        {
            var output = child.StandardOutput.ReadToEndAsync();
            var errors = child.StandardError.ReadToEndAsync();
            await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
            child.ExitCode.Should().Be(0, await errors);
            child.Dispose();
            return await output;
        }));

        using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = path, GrainStorageSerializer = new BloggingStateSerializer() });
        var state = new TestGrainState<Dictionary<string, int>>([]);
        await storage.ReadStateAsync("counter", GrainId.Create("crash", key), state);
        state.State["count"].Should().Be(2 * PerProcess);
        outputs.Sum(o => int.Parse(o.Trim(), CultureInfo.InvariantCulture)).Should().BePositive(
            "both processes read the state before either wrote (each says ready only after its read), so the second first write holds a stale ETag and must conflict");
    }

    private static string HelperPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory.Replace("Platform.Storage.Tests", "Platform.Storage.CrashHelper", StringComparison.Ordinal), "Platform.Storage.CrashHelper.dll");
        File.Exists(path).Should().BeTrue($"the crash helper is built with the tests ({path})");
        return path;
    }

    public void Dispose() => _directory.Dispose();
}
