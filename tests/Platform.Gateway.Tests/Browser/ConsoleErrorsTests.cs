using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>Which console errors a browser test ignores: only the browser's own favicon request failing.</summary>
public sealed class ConsoleErrorsTests
{
    [Theory]
    [InlineData("Failed to load resource: the server responded with a status of 404 (Not Found)", "http://127.0.0.1:4100/favicon.ico:0:0", true)]
    [InlineData("Failed to load resource: the server responded with a status of 404 (Not Found)", "http://127.0.0.1:4100/@demo/site.css:0:0", false)]
    [InlineData("Refused to load the script because it violates the Content Security Policy", "http://127.0.0.1:4100/favicon.ico:0:0", false)]
    [InlineData("Failed to load resource: net::ERR_CONNECTION_REFUSED", "http://127.0.0.1:4100/@demo/favicon.ico.png:3:1", false)]
    public void Only_a_failed_favicon_load_is_ignored(string text, string location, bool ignored) =>
        ConsoleErrors.IsFaviconMiss(text, location).Should().Be(ignored);
}
