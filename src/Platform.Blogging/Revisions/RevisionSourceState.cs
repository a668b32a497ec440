namespace Platform.Blogging.Revisions;

/// <summary>One revision's source (<c>postrevision/{blog}/{id}/{number}</c>, state <c>revision</c>), written once per revision.</summary>
[GenerateSerializer]
[Alias("platform.RevisionSourceState")]
public sealed class RevisionSourceState
{
    /// <summary>The post's Markdown file with front matter.</summary>
    [Id(0)]
    public string Source { get; set; } = "";
}
