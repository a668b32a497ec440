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

        var report = await WordPressProgressAsync(importer, blog, prepared, options);
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

    /// <summary>Two bars when attachments are downloaded (they come first, so the posts can link to them), else one.</summary>
    private static async Task<WordPressImportReport> WordPressProgressAsync(WordPressImporter importer, string blog, WordPressImport prepared, WordPressImportOptions options)
    {
        WordPressImportReport report = null!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var downloads = options.DownloadAttachments && prepared.Attachments.Count > 0
                    ? context.AddTask("Downloading attachments", maxValue: prepared.Attachments.Count)
                    : null;
                var posts = context.AddTask($"Importing into {Markup.Escape(blog)}", maxValue: Math.Max(1, prepared.Posts.Count));
                var attachmentProgress = downloads is null ? null : new Progress<AttachmentResult>(_ => downloads.Increment(1));
                report = await importer.ImportAsync(blog, prepared, options, new Progress<ImportFileResult>(_ => posts.Increment(1)), attachmentProgress);
                posts.Value = posts.MaxValue;
                if (downloads is not null)
                {
                    downloads.Value = downloads.MaxValue;
                }
            });
        return report;
    }

    private static void PrintAttachments(IReadOnlyList<AttachmentResult> attachments)
    {
        if (attachments.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumn("attachment").AddColumn("outcome").AddColumn("media / reason");
        foreach (var attachment in attachments)
        {
            var colour = attachment.Outcome switch { AttachmentOutcome.Refused or AttachmentOutcome.Failed => "yellow", AttachmentOutcome.Downloaded => "green", _ => "grey" };
            table.AddRow(Markup.Escape(attachment.Url), $"[{colour}]{attachment.Outcome}[/]", Markup.Escape(attachment.MediaUrl ?? attachment.Reason ?? ""));
        }

        AnsiConsole.Write(table);
        int Count(AttachmentOutcome outcome) => attachments.Count(a => a.Outcome == outcome);
        AnsiConsole.MarkupLine(
            $"attachments: {attachments.Count}: {Count(AttachmentOutcome.Downloaded)} downloaded, {Count(AttachmentOutcome.Allowed)} not asked for, "
            + $"{Count(AttachmentOutcome.Refused)} refused, {Count(AttachmentOutcome.Failed)} failed");
    }
}
