namespace Platform.Gateway.Api.Posts;

/// <summary>A post's kept revisions, newest first, and how many a post keeps at most.</summary>
internal sealed record RevisionList(IReadOnlyList<RevisionResource> Revisions, int Limit);
