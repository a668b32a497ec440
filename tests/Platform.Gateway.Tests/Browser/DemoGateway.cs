using System.Globalization;

namespace Platform.Gateway.Tests.Browser;

/// <summary>
/// One gateway process on a free loopback port with a fresh data folder, so it seeds the demo blog: a real Kestrel
/// that a real browser can reach at <c>{BaseAddress}@demo/</c>. Shared by the tests of one class. It has an
/// administrator token (<see cref="AdminToken"/>), trusts <c>X-Forwarded-For</c> from loopback (so tests can send
/// traffic from many addresses) and flushes counters every second.
/// </summary>
public sealed class DemoGateway : IAsyncLifetime
{
    public const string AdminToken = "browser-admin-token-0123456789abcdef";

    private readonly string _data = Directory.CreateTempSubdirectory("platform-browser-").FullName;
    private GatewayProcess? _process;

    /// <summary>The running gateway.</summary>
    public GatewayProcess Process => _process ?? throw new InvalidOperationException("The gateway has not started.");

    /// <summary>The demo blog's home page, by the path prefix on the gateway's IP address.</summary>
    public Uri DemoHome => new(Process.BaseAddress, "@demo/");

    /// <summary>Where the gateway writes mail (no SMTP server is configured): <c>{data}/mail-pickup</c>.</summary>
    public string MailFolder => Path.Combine(_data, "mail-pickup");

    /// <summary>The gateway by name (<c>localhost</c>): browsers keep Secure cookies for it over plain HTTP.</summary>
    public Uri Localhost => new($"http://localhost:{Process.HttpPort}/");

    public async Task InitializeAsync()
    {
        _process = await GatewayProcess.StartAsync(FreePort.Next(), new Dictionary<string, string>
        {
            ["Platform__DataPath"] = _data,
            ["Platform__Domain"] = "blogs.test",
            ["Platform__SeedDemo"] = "true",
            ["Management__Port"] = "0",
            ["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = "0",
            ["Platform__AdminToken"] = AdminToken,
            ["Platform__ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Platform__ForwardedHeaders__KnownProxies__1"] = "::1",
            ["Counters__FlushInterval"] = "00:00:01",
            ["Api__RateLimit__PermitsPerMinute"] = "100000",
        });
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }
}
