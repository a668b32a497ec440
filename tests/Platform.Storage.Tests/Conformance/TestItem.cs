namespace Platform.Storage.Tests.Conformance;

public sealed record TestItem(string Title, DateTimeOffset At, decimal Price, string? Subtitle);
