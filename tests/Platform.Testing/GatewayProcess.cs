using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Platform.Testing;

/// <summary>
/// The gateway as its own process, started the way the container image starts it (<c>dotnet Platform.Gateway.dll</c>
/// from its build output, Production environment, settings from environment variables): for tests over real
/// sockets, signals and kills. Its console output is kept for failure messages.
/// </summary>
public sealed partial class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private GatewayProcess(Process process, int httpPort)
    {
        _process = process;
        HttpPort = httpPort;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
    }

    /// <summary>The public HTTP port.</summary>
    public int HttpPort { get; }

    /// <summary><c>http://127.0.0.1:{HttpPort}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (last 200 lines).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                var lines = _output.ToString().Split('\n');
                return string.Join('\n', lines.TakeLast(200));
            }
        }
    }

    /// <summary>The gateway's build output folder (<c>src/Platform.Gateway/bin/{Debug|Release}/net10.0</c>), found from the test's own.</summary>
    public static string GatewayFolder()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Platform.Gateway", "bin", configuration, "net10.0");
            if (File.Exists(Path.Combine(candidate, "Platform.Gateway.dll")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("src/Platform.Gateway/bin/*/net10.0/Platform.Gateway.dll was not found: build the solution first (dotnet build Platform.sln).");
    }

    /// <summary>Starts a gateway on <paramref name="httpPort"/> with <paramref name="environment"/> and waits until <c>/health/ready</c> answers 200.</summary>
    public static Task<GatewayProcess> StartAsync(int httpPort, IReadOnlyDictionary<string, string> environment, TimeSpan? readyWithin = null) =>
        StartAsync(GatewayFolder(), httpPort, environment, readyWithin);

    /// <summary>Starts <c>dotnet Platform.Gateway.dll</c> in <paramref name="folder"/> (a build or publish output).</summary>
    public static async Task<GatewayProcess> StartAsync(string folder, int httpPort, IReadOnlyDictionary<string, string> environment, TimeSpan? readyWithin = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Platform.Gateway.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var gateway = new GatewayProcess(process, httpPort);
        process.OutputDataReceived += (_, e) => gateway.Append(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await gateway.WaitReadyAsync(readyWithin ?? TimeSpan.FromSeconds(60));
        return gateway;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails with the process's output otherwise.</summary>
    public async Task WaitReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        string last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The gateway on port {HttpPort} exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }
            catch (TaskCanceledException)
            {
                last = "timed out";
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The gateway on port {HttpPort} was not ready within {within.TotalSeconds:F0} s (last: {last}):\n{Output}");
    }

    /// <summary>Sends SIGTERM (a graceful stop, as Kubernetes does) and waits for the exit.</summary>
    public async Task StopAsync(TimeSpan within)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (Kill(_process.Id, 15) != 0)
        {
            throw new InvalidOperationException($"SIGTERM to {_process.Id} failed.");
        }

        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGKILL: the process ends at once, with nothing flushed (a crash).</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>The process's exit code (after it ended).</summary>
    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await StopAsync(TimeSpan.FromSeconds(20));
            }
        }
        catch (OperationCanceledException)
        {
            KillHard();
        }
        catch (InvalidOperationException)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > 1_000_000)
            {
                _output.Remove(0, 500_000);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
