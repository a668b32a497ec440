using Platform.Blogging.Import;
using Platform.Blogging.Import.Ghost;
using Platform.Blogging.Import.WordPress;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>
/// <c>import ghost FILE.json</c> and <c>import wordpress FILE.xml</c>: the options of <c>import jekyll</c>, plus
/// <c>--site-url URL</c> (Ghost) and <c>--download-attachments</c> (WordPress). The whole file is read and checked
/// first (a broken file imports nothing), then the posts are stored under a progress bar and the report is printed.
/// </summary>
internal static class ForeignImportCli
{
    public const string GhostUsage = "Platform.Gateway import ghost FILE.json --blog NAME [--create] [--title TITLE] [--time-zone ZONE] [--locale LOCALE] [--site-url URL]";

    public const string WordPressUsage = "Platform.Gateway import wordpress FILE.xml --blog NAME [--create] [--title TITLE] [--time-zone ZONE] [--locale LOCALE] [--download-attachments]";

    /// <summary>Runs <c>import <paramref name="format"/></c> with the arguments after the format.</summary>
    public static async Task<int> RunAsync(string format, string[] args)
    {
        var usage = "usage: " + (format == "ghost" ? GhostUsage : WordPressUsage);
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(usage);
            return 2;
        }

        var file = args[0];
        var (rest, siteUrl, download, error) = TakeOwnOptions(format, args[1..]);
        var arguments = ImportArguments.Parse(rest);
        error ??= arguments.Error;
        if (error is null && !File.Exists(file))
        {
            error = $"There is no file '{file}'.";
        }

        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + usage);
            return 2;
        }

        return await ImportHost.RunAsync(arguments, services => format == "ghost"
            ? GhostAsync(services.GetRequiredService<GhostImporter>(), arguments.Blog, file, new GhostImportOptions { SiteUrl = siteUrl })
            : WordPressAsync(services.GetRequiredService<WordPressImporter>(), arguments.Blog, file, new WordPressImportOptions { DownloadAttachments = download }));
    }

    private static (string[] Others, Uri? SiteUrl, bool Download, string? Error) TakeOwnOptions(string format, string[] args)
    {
        var rest = new List<string>();
        Uri? siteUrl = null;
        var download = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--site-url" when format == "ghost":
                    if (i + 1 >= args.Length || !Uri.TryCreate(args[++i], UriKind.Absolute, out siteUrl) || siteUrl.Scheme is not ("http" or "https"))
                    {
                        return ([], null, false, "--site-url needs the old site's absolute http or https address.");
                    }

                    break;
                case "--download-attachments" when format == "wordpress":
                    download = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return ([.. rest], siteUrl, download, null);
    }

    private static async Task<int> GhostAsync(GhostImporter importer, string blog, string file, GhostImportOptions options)
    {
        IReadOnlyList<ImportItem> items;
        await using (var json = File.OpenRead(file))
        {
            items = await importer.ReadAsync(blog, json, options);
        }

        var report = await WithProgressAsync(blog, items.Count, progress => importer.ImportAsync(blog, items, progress));
        ImportReportTable.Print(report, "Ghost post");
        return report.Count(ImportOutcome.Failed) == 0 ? 0 : 1;
    }

    private static async Task<int> WordPressAsync(WordPressImporter importer, string blog, string file, WordPressImportOptions options)
    {
        WordPressImport prepared;
        await using (var xml = File.OpenRead(file))
        {
            prepared = await importer.ReadAsync(blog, xml);
        }

        var report = await WithProgressAsync(blog, prepared.Posts.Count, progress => importer.ImportAsync(blog, prepared, options, progress));
        ImportReportTable.Print(report.Posts, "WordPress item");
        PrintAttachments(report.Attachments);
        return report.Posts.Count(ImportOutcome.Failed) == 0 ? 0 : 1;
    }

    private static async Task<T> WithProgressAsync<T>(string blog, int count, Func<IProgress<ImportFileResult>, Task<T>> import)
    {
        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Importing into {Markup.Escape(blog)}", maxValue: Math.Max(1, count));
                result = await import(new Progress<ImportFileResult>(_ => task.Increment(1)));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static void PrintAttachments(IReadOnlyList<AttachmentResult> attachments)
    {
        if (attachments.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumn("attachment").AddColumn("outcome").AddColumn("reason");
        foreach (var attachment in attachments)
        {
            var colour = attachment.Outcome switch { AttachmentOutcome.Refused or AttachmentOutcome.Failed => "yellow", AttachmentOutcome.Downloaded => "green", _ => "grey" };
            table.AddRow(Markup.Escape(attachment.Url), $"[{colour}]{attachment.Outcome}[/]", Markup.Escape(attachment.Reason ?? ""));
        }

        AnsiConsole.Write(table);
        var refused = attachments.Count(a => a.Outcome == AttachmentOutcome.Refused);
        AnsiConsole.MarkupLine($"attachments: {attachments.Count}, on other hosts (not fetched): {refused}");
    }
}
