namespace Platform.Gateway.Api.Posts;

/// <summary>
/// A post as JSON: turned into a Markdown file with YAML front matter and saved exactly like a Markdown upload.
/// <c>status</c> is <c>draft</c> (the default), <c>published</c> or <c>scheduled</c> (which needs a future <c>date</c>).
/// </summary>
internal sealed record PostInput(
    string? Title = null,
    string? Markdown = null,
    string? Slug = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? Categories = null,
    DateTimeOffset? Date = null,
    string? Status = null,
    string? Description = null,
    string? Image = null,
    string? Permalink = null);
