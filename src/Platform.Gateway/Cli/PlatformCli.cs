using Platform.Blogging.Import;
using Platform.Blogging.Import.Jekyll;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>
/// The command line next to the server: <c>import jekyll PATH --blog NAME [--create] [--title T] [--time-zone Z] [--locale L]</c>,
/// <c>import ghost FILE.json</c> / <c>import wordpress FILE.xml</c> with the same options (see <see cref="ForeignImportCli"/>),
/// and <c>export</c> (see <see cref="ExportCommand"/>).
/// It opens the same storage the server is configured with (<c>Storage:*</c>, <c>Platform:DataPath</c>, from
/// appsettings, environment and <c>--Key=value</c> arguments), imports with a progress bar and prints the report.
/// It starts a silo of its own on the configured ports and store: run it while the server is stopped (or use the API's import endpoint instead).
/// </summary>
internal static class PlatformCli
{
    public const string MigrateUsage = "usage: Platform.Gateway migrate azure-blob [--dry-run] [--Storage:AzureBlob:ConnectionString=...] [--Storage:AzureBlob:ContainerName=...]";

    public const string Usage = "usage: Platform.Gateway import jekyll PATH --blog NAME [--create] [--title TITLE] [--time-zone ZONE] [--locale LOCALE] [--url URL] [--apply-config] [--Storage:Provider=...]"
        + "\n       " + ForeignImportCli.GhostUsage + "\n       " + ForeignImportCli.WordPressUsage;

    /// <summary>Runs a command when the arguments name one; returns null when they are the server's.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "migrate")
        {
            return await MigrateAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "export")
        {
            return await ExportCommand.RunAsync(args[1..]);
        }

        if (args.Length == 0 || args[0] != "import")
        {
            return null;
        }

        if (args is [_, "ghost" or "wordpress", ..])
        {
            return await ForeignImportCli.RunAsync(args[1], args[2..]);
        }

        if (args.Length < 3 || args[1] != "jekyll" || args[2].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var (rest, jekyll, error) = JekyllCliOptions.Take(args[3..]);
        var options = ImportArguments.Parse(rest);
        error ??= options.Error;
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + Usage);
            return 2;
        }

        return await ImportAsync(args[2], options, jekyll);
    }

    private static Task<int> ImportAsync(string path, ImportArguments arguments, JekyllImportOptions jekyll) =>
        ImportHost.RunAsync(arguments, async services =>
        {
            var importer = services.GetRequiredService<JekyllImporter>();
            var report = await RunWithProgressAsync(importer, arguments.Blog, path, jekyll);
            ImportReportTable.Print(report);
            ImportMediaTable.Print(report);
            return report.Count(ImportOutcome.Failed) == 0 ? 0 : 1;
        });

    private static async Task<int> MigrateAsync(string[] args)
    {
        if (args is not ["azure-blob", .. var rest] || rest.Any(a => a != "--dry-run" && !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))))
        {
            await Console.Error.WriteLineAsync(MigrateUsage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. rest.Where(a => a != "--dry-run")])
            .Build();
        try
        {
            return await AzureBlobMigration.RunAsync(configuration, dryRun: rest.Contains("--dry-run"));
        }
        catch (Exception exception) when (exception is InvalidOperationException or Azure.RequestFailedException)
        {
            AnsiConsole.MarkupLine($"[red]Migration failed:[/] {Markup.Escape(exception.Message)}");
            return 1;
        }
    }

    private static async Task<ImportReport> RunWithProgressAsync(JekyllImporter importer, string blog, string path, JekyllImportOptions options)
    {
        var isZip = File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        ImportReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Importing into {Markup.Escape(blog)}", maxValue: Math.Max(1, CountFiles(path, isZip)));
                var progress = new Progress<ImportFileResult>(_ => task.Increment(1));
                if (isZip)
                {
                    await using var zip = File.OpenRead(path);
                    report = await importer.ImportZipAsync(blog, zip, progress, options);
                }
                else
                {
                    report = await importer.ImportFolderAsync(blog, path, progress, options);
                }

                task.Value = task.MaxValue;
            });
        return report!;
    }

    /// <summary>How many post files the import will report, for the progress bar (the zip's or folder's post entries, or all of its files when it has no _posts or _drafts folder).</summary>
    private static int CountFiles(string path, bool isZip)
    {
        try
        {
            string[] names;
            if (isZip)
            {
                using var archive = System.IO.Compression.ZipFile.OpenRead(path);
                names = [.. archive.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName)];
            }
            else if (Directory.Exists(path))
            {
                names = [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))];
            }
            else
            {
                return 1;
            }

            var posts = names.Count(JekyllSite.IsPostPath);
            return posts > 0 ? posts : names.Length;
        }
        catch (InvalidDataException)
        {
            return 1;
        }
    }
}
