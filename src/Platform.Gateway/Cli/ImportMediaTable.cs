using Platform.Blogging.Import;
using Spectre.Console;

namespace Platform.Gateway.Cli;

/// <summary>Prints what became of the files posts reference: a line per missing or refused file (with its post), and the counts.</summary>
internal static class ImportMediaTable
{
    public static void Print(ImportReport report)
    {
        if (report.Media.Count == 0)
        {
            return;
        }

        var problems = report.Media.Where(m => m.Outcome != ImportMediaOutcome.Stored).ToArray();
        if (problems.Length > 0)
        {
            var table = new Table().AddColumn("post").AddColumn("file").AddColumn("outcome").AddColumn("reason");
            foreach (var media in problems)
            {
                table.AddRow(Markup.Escape(media.PostPath), Markup.Escape(media.Reference), $"[red]{media.Outcome}[/]", Markup.Escape(media.Reason ?? ""));
            }

            AnsiConsole.Write(table);
        }

        var stored = report.Media.Where(m => m.Outcome == ImportMediaOutcome.Stored).Select(m => m.MediaId).Distinct(StringComparer.Ordinal).Count();
        AnsiConsole.MarkupLine($"media: {stored} stored, {report.Media.Count(m => m.Outcome == ImportMediaOutcome.Missing)} missing, {report.Media.Count(m => m.Outcome == ImportMediaOutcome.Rejected)} refused");
    }
}
