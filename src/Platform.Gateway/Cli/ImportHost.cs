using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Import.Foreign;
using Platform.Gateway.Engine;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>
/// What every <c>import</c> command shares: a host over the configured storage with its own silo, the blog created
/// when <c>--create</c> asks for it, refusals printed in red (exit code 1), and the host stopped at the end.
/// </summary>
internal static class ImportHost
{
    public static async Task<int> RunAsync(ImportArguments arguments, Func<IServiceProvider, Task<int>> import)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = arguments.ConfigurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.AddPlatformEngine();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var authoring = host.Services.GetRequiredService<BlogAuthoring>();
            if (arguments.Create && !await ExistsAsync(authoring, arguments.Blog))
            {
                await authoring.CreateBlogAsync(new BlogSettings
                {
                    Name = arguments.Blog,
                    Title = arguments.Title ?? arguments.Blog,
                    TimeZone = arguments.TimeZone ?? "UTC",
                    Locale = arguments.Locale ?? "en",
                });
                AnsiConsole.MarkupLine($"Created blog [bold]{Markup.Escape(arguments.Blog)}[/].");
            }

            return await import(host.Services);
        }
        catch (Exception exception) when (exception is BloggingException or ContentException or ImportFormatException or OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]Import failed:[/] {Markup.Escape(exception.Message)}");
            return 1;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<bool> ExistsAsync(BlogAuthoring authoring, string blog)
    {
        try
        {
            await authoring.GetBlogAsync(blog);
            return true;
        }
        catch (BlogNotFoundException)
        {
            return false;
        }
    }
}
