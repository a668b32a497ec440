using System.Diagnostics;
using Xunit;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Testing.Azurite;

/// <summary>
/// Runs Azurite's blob service (the official Azure Storage emulator, from npm) on a free loopback port, in memory.
/// Installs it once into <c>&lt;repo&gt;/.tools/azurite</c> when it is not on PATH. Fails, never skips, when Node.js
/// or npm are missing. <see cref="Stop"/> and <see cref="StartAsync"/> restart it on the same port for fault tests.
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    private const string NodeHint = "install Node.js 18+ and npm (Debian: apt-get install nodejs npm)";
    private readonly StringBuilder _output = new();
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "platform-azurite", Guid.NewGuid().ToString("N"));
    private string? _executable;
    private Process? _process;
    private int _queuePort;

    /// <summary>The emulator's well-known development account key (public, documented by Azure).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public int Port { get; private set; }

    /// <summary>The table service's port, when <see cref="WithTables"/>.</summary>
    public int TablePort { get; private set; }

    /// <summary>Whether the table service runs too (for Orleans' Azure Table membership): the fixture then runs Azurite's combined binary.</summary>
    protected virtual bool WithTables => false;

    /// <summary>A Shared Key connection string for the emulator's development account on this fixture's port(s).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;"
        + (WithTables ? $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;" : "");

    public async Task InitializeAsync()
    {
        _executable = await AzuriteInstaller.LocateOrInstallAsync(NodeHint);
        Port = FreePort();
        if (WithTables)
        {
            TablePort = FreePort();
            _queuePort = FreePort();
            _executable = Path.Combine(Path.GetDirectoryName(_executable)!, "azurite");
            if (!File.Exists(_executable))
            {
                throw new InvalidOperationException($"Azurite's combined binary is not next to azurite-blob ({_executable}); reinstall azurite@3.");
            }
        }

        Directory.CreateDirectory(_workDirectory);
        await StartAsync();
    }

    public Task DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the emulator wrote nothing here in memory mode.
        }

        return Task.CompletedTask;
    }

    /// <summary>Starts Azurite (again) on <see cref="Port"/> and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        var info = new ProcessStartInfo(_executable!)
        {
            WorkingDirectory = _workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck" })
        {
            info.ArgumentList.Add(argument);
        }

        if (WithTables)
        {
            foreach (var argument in new[]
            {
                "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", _queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            {
                info.ArgumentList.Add(argument);
            }
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {_executable}.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before it listened on port {Port}: {Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                if (WithTables)
                {
                    using var table = new TcpClient();
                    await table.ConnectAsync(IPAddress.Loopback, TablePort);
                }

                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Stop();
        throw new InvalidOperationException($"Azurite did not listen on port {Port} within 60 s: {Output()}");
    }

    /// <summary>Kills Azurite (its whole process tree) and waits until it is gone; in-memory data is lost.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _process = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(no output)" : _output.ToString();
        }
    }
}
