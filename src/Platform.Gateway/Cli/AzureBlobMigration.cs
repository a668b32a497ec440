using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Platform.Blogging.Hosting;
using Platform.Gateway.Engine;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>
/// <c>migrate azure-blob [--dry-run]</c>: brings a grain-state container written by an earlier release to this
/// release's layout. The stand-in runtime wrote <c>{state}-{type}/{key}.json</c> with the same JSON Orleans' blob
/// provider now reads under the same names, so no blob moves: the command reads every blob as its state type,
/// reports any it cannot read (and then changes nothing), and records the layout in <see cref="MarkerName"/>. It can
/// be run again: a container already marked is checked again and left as it is.
/// </summary>
internal static class AzureBlobMigration
{
    /// <summary>The blob that records the container's layout (not a grain state: Orleans never reads it).</summary>
    public const string MarkerName = "platform-layout.json";

    /// <summary>The layout this release writes.</summary>
    public const int Layout = 2;

    public static async Task<int> RunAsync(IConfiguration configuration, bool dryRun)
    {
        var settings = new AzureBlobSettings();
        configuration.GetSection(AzureBlobSettings.SectionName).Bind(settings);
        var container = settings.CreateClient().GetBlobContainerClient(settings.ContainerName);
        if (!await container.ExistsAsync())
        {
            AnsiConsole.MarkupLine($"Container [bold]{Markup.Escape(settings.ContainerName)}[/] does not exist: nothing to migrate.");
            return 0;
        }

        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions()))
        {
            if (item.Name != MarkerName)
            {
                names.Add(item.Name);
            }
        }

        var report = new MigrationReport();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Checking {names.Count} blobs", maxValue: Math.Max(1, names.Count));
                foreach (var name in names)
                {
                    await CheckAsync(container.GetBlobClient(name), name, report);
                    task.Increment(1);
                }

                task.Value = task.MaxValue;
            });

        var previous = await ReadMarkerAsync(container);
        AnsiConsole.MarkupLine(
            $"{report.Readable} readable, {report.Other} not grain state (left alone), {report.Failed.Count} unreadable; container layout: {(previous is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none recorded (an earlier release)")}.");
        foreach (var (name, reason) in report.Failed)
        {
            AnsiConsole.MarkupLine($"[red]cannot read[/] {Markup.Escape(name)}: {Markup.Escape(reason)}");
        }

        if (report.Failed.Count > 0)
        {
            AnsiConsole.MarkupLine("[red]Nothing was changed.[/] Fix or remove the blobs above and run the command again.");
            return 1;
        }

        if (dryRun)
        {
            AnsiConsole.MarkupLine(previous == Layout ? "Dry run: already at layout 2; nothing to do." : "Dry run: the container would be marked as layout 2; no blob needs to move.");
            return 0;
        }

        if (previous != Layout)
        {
            var marker = JsonSerializer.SerializeToUtf8Bytes(new { layout = Layout, migratedAt = DateTimeOffset.UtcNow, blobs = report.Readable });
            await container.GetBlobClient(MarkerName).UploadAsync(new BinaryData(marker), overwrite: true);
        }

        AnsiConsole.MarkupLine($"Container [bold]{Markup.Escape(settings.ContainerName)}[/] is at layout 2: every state reads under this release.");
        return 0;
    }

    private static async Task CheckAsync(BlobClient blob, string name, MigrationReport report)
    {
        if (!TryParse(name, out var state, out var grainType) || !StoredStates.All.TryGetValue((state, grainType), out var type))
        {
            report.Other++;
            return;
        }

        try
        {
            var content = (await blob.DownloadContentAsync()).Value.Content;
            _ = JsonSerializer.Deserialize(content.ToMemory().Span, type, BloggingStateSerializer.Options)
                ?? throw new JsonException("the blob holds null");
            report.Readable++;
        }
        catch (Exception ex) when (ex is JsonException or RequestFailedException or NotSupportedException)
        {
            report.Failed.Add((name, ex.Message));
        }
    }

    /// <summary>Splits <c>{state}-{type}/{key}.json</c>; state names and grain types contain no '-' or '/'.</summary>
    private static bool TryParse(string name, out string state, out string grainType)
    {
        state = grainType = "";
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (dash <= 0 || slash <= dash + 1 || !name.EndsWith(".json", StringComparison.Ordinal))
        {
            return false;
        }

        state = name[..dash];
        grainType = name[(dash + 1)..slash];
        return true;
    }

    private static async Task<int?> ReadMarkerAsync(BlobContainerClient container)
    {
        var marker = container.GetBlobClient(MarkerName);
        if (!await marker.ExistsAsync())
        {
            return null;
        }

        using var document = JsonDocument.Parse((await marker.DownloadContentAsync()).Value.Content.ToMemory());
        return document.RootElement.TryGetProperty("layout", out var layout) ? layout.GetInt32() : null;
    }

    private sealed class MigrationReport
    {
        public int Readable { get; set; }

        public int Other { get; set; }

        public List<(string Name, string Reason)> Failed { get; } = [];
    }
}
