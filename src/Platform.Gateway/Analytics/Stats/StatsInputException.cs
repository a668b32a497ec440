namespace Platform.Gateway.Analytics.Stats;

/// <summary>A stats parameter that cannot be used: the API answers 400 naming <see cref="Parameter"/>; the dashboard shows the message.</summary>
internal sealed class StatsInputException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
