namespace Platform.Blogging.Import.WordPress;

/// <summary>An attachment of a WordPress export: its post id and its <c>wp:attachment_url</c>.</summary>
public sealed record WordPressAttachment(string PostId, string Url);
