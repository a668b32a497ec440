using Platform.Blogging.Import;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>Prints an import's per-item report as a table with the counts under it.</summary>
internal static class ImportReportTable
{
    public static void Print(ImportReport report, string itemHeading = "file")
    {
        var table = new Table().AddColumn(itemHeading).AddColumn("outcome").AddColumn("permalink or reason");
        foreach (var file in report.Files)
        {
            var colour = file.Outcome switch { ImportOutcome.Failed => "red", ImportOutcome.Skipped => "grey", _ => "green" };
            var detail = file.Outcome is ImportOutcome.Imported or ImportOutcome.Updated && file.Permalink is not null
                ? file.Permalink + (file.Reason is null ? "" : Environment.NewLine + file.Reason)
                : file.Reason ?? file.Permalink ?? "";
            table.AddRow(Markup.Escape(file.Path), $"[{colour}]{file.Outcome}[/]", Markup.Escape(detail));
        }

        AnsiConsole.Write(table);
        foreach (var note in report.Notes)
        {
            AnsiConsole.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        }

        AnsiConsole.MarkupLine(
            $"imported {report.Count(ImportOutcome.Imported)}, updated {report.Count(ImportOutcome.Updated)}, skipped {report.Count(ImportOutcome.Skipped)}, failed {report.Count(ImportOutcome.Failed)}");
    }
}
