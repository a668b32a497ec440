namespace Platform.Gateway.Studio;

/// <summary>The analytics dashboard's words beyond the shared ones.</summary>
internal sealed partial class StudioText
{
    /// <summary>The unit of a change in a rate (percentage points).</summary>
    public string PointsUnit => Korean ? "%p" : " pts";

    /// <summary>Which way a figure moved, for screen readers (the arrow is drawn by the stylesheet).</summary>
    public string Direction(double change) => change switch
    {
        > 0 => Korean ? "증가" : "up",
        < 0 => Korean ? "감소" : "down",
        _ => Korean ? "변화 없음" : "no change",
    };

    /// <summary>The chart's mark on the period still being counted.</summary>
    public string InProgress => Korean ? "집계 중" : "In progress";
}
