namespace Platform.Blogging.Tests.Content;

internal static class TimeZones
{
    public static TimeZoneInfo Seoul { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
}
