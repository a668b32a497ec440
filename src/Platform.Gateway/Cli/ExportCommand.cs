using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Blogging.Export;
using Platform.Gateway.Api;
using Platform.Gateway.Engine;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>
/// <c>export --blog NAME --out FILE.zip [--url URL]</c>: the same zip as the API's export endpoint, written to a
/// file with a progress bar. Like <c>import jekyll</c>, it starts a silo of its own on the configured store and
/// ports: run it while the server is stopped (or use the endpoint). The zip is written next to the target and moved
/// into place when complete, so a failed export leaves no half file behind.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "usage: Platform.Gateway export --blog NAME --out FILE.zip [--url https://blog.example] [--Storage:Provider=...]";

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = ExportArguments.Parse(args);
        if (arguments.Error is not null)
        {
            await Console.Error.WriteLineAsync(arguments.Error + Environment.NewLine + Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = arguments.ConfigurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.AddPlatformEngine();
        builder.Services.AddPlatformOptions();
        builder.Services.AddSingleton<PublicUrls>();
        using var host = builder.Build();
        await host.StartAsync();
        var target = Path.GetFullPath(arguments.Out);
        var partial = target + ".partial";
        try
        {
            var settings = await host.Services.GetRequiredService<BlogAuthoring>().GetSettingsAsync(arguments.Blog);
            var address = ExportAddress.FromBlogUrl(arguments.Url?.ToString() ?? DefaultAddress(host.Services.GetRequiredService<PublicUrls>(), settings));
            var summary = await WriteWithProgressAsync(host.Services.GetRequiredService<BlogExporter>(), arguments.Blog, partial, address);
            File.Move(partial, target, overwrite: true);
            Print(summary, target, address);
            return 0;
        }
        catch (Exception exception) when (exception is BloggingException or OptionsValidationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            AnsiConsole.MarkupLine($"[red]Export failed:[/] {Markup.Escape(exception.Message)}");
            return 1;
        }
        finally
        {
            File.Delete(partial);
            await host.StopAsync();
        }
    }

    /// <summary>Where readers reach the blog when <c>--url</c> is not given: its domain over https, or the local server's <c>/@name</c>.</summary>
    private static string DefaultAddress(PublicUrls urls, BlogSettings settings) =>
        settings.CustomDomains.Count > 0 || urls.HasDomain
            ? urls.BlogBase("https", default, settings)
            : urls.BlogBase("http", new HostString("localhost", 5000), settings);

    private static async Task<ExportSummary> WriteWithProgressAsync(BlogExporter exporter, string blog, string path, ExportAddress address)
    {
        ExportSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Exporting {Markup.Escape(blog)}", maxValue: 1);
                var progress = new Progress<ExportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
                await using (file)
                {
                    summary = await exporter.ExportAsync(blog, file, address, progress);
                }

                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void Print(ExportSummary summary, string path, ExportAddress address)
    {
        var size = new FileInfo(path).Length;
        AnsiConsole.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote [bold]{Markup.Escape(path)}[/] ({size / 1024.0:0.#} KiB): {summary.Published} published, {summary.Scheduled} scheduled, {summary.Drafts} drafts, {summary.MediaFiles} media files; site url {Markup.Escape(address.Url + address.BaseUrl)}."));
        foreach (var warning in summary.Warnings)
        {
            AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }
    }
}
