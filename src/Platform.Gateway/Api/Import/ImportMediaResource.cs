using Platform.Blogging.Import;

namespace Platform.Gateway.Api.Import;

/// <summary>A local file an imported post references: <c>stored</c> (with the media id and the path the post now uses), <c>missing</c> or <c>refused</c> (with why).</summary>
internal sealed record ImportMediaResource(string Post, string Reference, string Outcome, string? MediaId, string? Path, string? Reason)
{
    public static IReadOnlyList<ImportMediaResource> From(IReadOnlyList<ImportMediaResult> media) =>
        media.Select(m => new ImportMediaResource(m.PostPath, m.Reference, m.Outcome switch
        {
            ImportMediaOutcome.Stored => "stored",
            ImportMediaOutcome.Missing => "missing",
            _ => "refused",
        }, m.MediaId, m.Url, m.Reason)).ToArray();
}
