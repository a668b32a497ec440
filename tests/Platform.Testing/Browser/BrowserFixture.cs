using Microsoft.Playwright;
using Xunit;

namespace Platform.Testing.Browser;

/// <summary>
/// One headless Chromium (Debian's, found by <see cref="ChromiumLocator"/>) driven by Playwright, for a whole xunit
/// collection: starting Playwright's driver and Chromium takes one to two seconds, once. Each test takes its own
/// isolated context from <see cref="NewContextAsync(Uri?, ViewportSize?)"/> (cookies, storage and cache are its own)
/// and disposes it. Playwright's driver is the Node.js script and node binary that the Microsoft.Playwright package
/// copies into the test's build output (<c>.playwright/</c>): nothing is downloaded, and no <c>PLAYWRIGHT_*</c>
/// variable is needed since the browser is given by path. Without Chromium every test of the collection fails with
/// <see cref="ChromiumLocator.NotInstalledMessage"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>What Chromium is started with besides Playwright's own defaults.</summary>
    /// <remarks>
    /// <c>/dev/shm</c> is small in containers and Chromium crashes when it fills up, so shared memory goes to /tmp.
    /// Playwright adds <c>--no-sandbox</c> itself because <see cref="BrowserTypeLaunchOptions.ChromiumSandbox"/> is
    /// off: Chromium's sandbox refuses to run as root, which the CI and the dev machines are.
    /// </remarks>
    public static IReadOnlyList<string> ChromiumArguments { get; } = ["--disable-dev-shm-usage"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The Chromium binary that runs.</summary>
    public string ExecutablePath { get; private set; } = string.Empty;

    /// <summary>The shared browser; prefer <see cref="NewContextAsync(Uri?, ViewportSize?)"/> for a test's pages.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started: use BrowserFixture as a collection fixture.");

    /// <summary>The Playwright connection (for its selectors, devices or request API).</summary>
    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("Playwright has not started: use BrowserFixture as a collection fixture.");

    public async Task InitializeAsync()
    {
        ExecutablePath = ChromiumLocator.Locate();
        _playwright = await StartPlaywrightAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                ChromiumSandbox = false,
                Args = ChromiumArguments,
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException exception)
        {
            _playwright.Dispose();
            _playwright = null;
            throw new InvalidOperationException($"Chromium at {ExecutablePath} did not start under Playwright: {exception.Message}", exception);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }

    private static async Task<IPlaywright> StartPlaywrightAsync()
    {
        try
        {
            return await Microsoft.Playwright.Playwright.CreateAsync();
        }
        catch (PlaywrightException exception) when (exception.Message.Contains("Driver not found", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Playwright's driver is not in the test's build output ({Path.Combine(AppContext.BaseDirectory, ".playwright")}): "
                + "the test project must reference Microsoft.Playwright itself, whose build copies it there.",
                exception);
        }
    }

    /// <summary>
    /// A new isolated context: relative URLs in <c>GotoAsync</c> resolve against <paramref name="baseUrl"/>, pages are
    /// <paramref name="viewport"/> wide and high (Playwright's 1280×720 when null), certificate errors are ignored.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri? baseUrl = null, ViewportSize? viewport = null) =>
        NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl?.AbsoluteUri, ViewportSize = viewport });

    /// <summary>A new isolated context with <paramref name="options"/>; certificate errors are ignored whatever they say.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.IgnoreHTTPSErrors = true;
        return Browser.NewContextAsync(options);
    }
}
