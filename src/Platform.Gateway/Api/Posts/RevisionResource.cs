namespace Platform.Gateway.Api.Posts;

/// <summary>
/// A kept revision of a post: its number, when and by whom (an access token's id) it was written, why
/// (<c>save</c>, <c>publish</c>, <c>unpublish</c>, <c>schedule</c>, <c>restore</c>), its title, the post version it was
/// stored as, and, when read one by one, its Markdown.
/// </summary>
internal sealed record RevisionResource(
    long Number,
    DateTimeOffset At,
    string? By,
    string Reason,
    string Title,
    long PostVersion,
    int Length,
    long? RestoredFrom,
    string? Markdown);
