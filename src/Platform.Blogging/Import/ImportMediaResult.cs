namespace Platform.Blogging.Import;

/// <summary>A local file referenced by an imported post: the post's path, the reference as written, and what became of it.</summary>
/// <param name="PostPath">The post file that references it.</param>
/// <param name="Reference">The reference as the post writes it, e.g. <c>/images/post/x.png</c>.</param>
/// <param name="Outcome">Stored, missing or rejected.</param>
/// <param name="MediaId">The media item, when stored.</param>
/// <param name="Url">The URL the post now links to, when stored.</param>
/// <param name="Reason">Why it is missing or rejected.</param>
public sealed record ImportMediaResult(string PostPath, string Reference, ImportMediaOutcome Outcome, string? MediaId, string? Url, string? Reason);
