using Microsoft.Playwright;

namespace Platform.Testing.Browser;

/// <summary>
/// Collects what a page reports as broken while a test drives it: console messages of type <c>error</c> (failed
/// loads, Content-Security-Policy violations, <c>console.error</c>) and uncaught script exceptions. Watch before the
/// navigation, assert <see cref="Messages"/> is empty after it.
/// </summary>
/// <remarks>
/// A failed load of <c>/favicon.ico</c> is left out: Chromium asks for it on its own, whatever the page links, and
/// reports the miss as if the page had.
/// </remarks>
public sealed class ConsoleErrors : IDisposable
{
    private readonly IPage _page;
    private readonly List<string> _messages = [];

    private ConsoleErrors(IPage page)
    {
        _page = page;
        _page.Console += OnConsole;
        _page.PageError += OnPageError;
    }

    /// <summary>What was reported so far, in order, each with where it came from.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Starts collecting <paramref name="page"/>'s errors until disposed.</summary>
    public static ConsoleErrors Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ConsoleErrors(page);
    }

    /// <summary>Whether a console error (<paramref name="text"/> at <paramref name="location"/>, <c>{url}:{line}:{column}</c>) is the browser's own favicon request failing.</summary>
    public static bool IsFaviconMiss(string text, string location)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(location);
        if (!text.StartsWith("Failed to load resource", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < 2 && location.LastIndexOf(':') is var colon and > 0; i++)
        {
            location = location[..colon];
        }

        return Uri.TryCreate(location, UriKind.Absolute, out var url) && url.AbsolutePath == "/favicon.ico";
    }

    public void Dispose()
    {
        _page.Console -= OnConsole;
        _page.PageError -= OnPageError;
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error" && !IsFaviconMiss(message.Text, message.Location))
        {
            Add($"console: {message.Text} ({message.Location})");
        }
    }

    private void OnPageError(object? sender, string error) => Add($"uncaught: {error}");

    private void Add(string message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }
}
