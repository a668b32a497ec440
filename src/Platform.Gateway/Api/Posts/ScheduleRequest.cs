namespace Platform.Gateway.Api.Posts;

/// <summary>The body of the schedule action: when the post becomes public (with an offset, in the future).</summary>
internal sealed record ScheduleRequest(DateTimeOffset? At);
