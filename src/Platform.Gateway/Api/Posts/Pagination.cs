namespace Platform.Gateway.Api.Posts;

/// <summary>Ghost-style pagination: page and limit as asked, page count, total, and the next and previous page numbers (null at the ends).</summary>
internal sealed record Pagination(int Page, int Limit, int Pages, int Total, int? Next, int? Prev);
