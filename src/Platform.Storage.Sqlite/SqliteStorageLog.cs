using Microsoft.Extensions.Logging;

namespace Platform.Storage.Sqlite;

/// <summary>Log messages of the SQLite provider.</summary>
internal static partial class SqliteStorageLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "SQLite grain storage opened {Path} (layout found: {Layout}, 0 = new file; WAL, busy timeout {BusyTimeoutMs} ms)")]
    public static partial void Opened(ILogger logger, string path, int layout, long busyTimeoutMs);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "SQLite database {Path} upgraded from layout {From} to layout {To}; {Rows} rows kept as they are")]
    public static partial void Upgraded(ILogger logger, string path, int from, int to, long rows);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "SQLite write of state '{StateName}' for {GrainId} refused: stored version {Stored}, writer held {Current}")]
    public static partial void Conflict(ILogger logger, string stateName, Orleans.Runtime.GrainId grainId, string? stored, string? current);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "SQLite grain storage failed to {Operation} state '{StateName}' for {GrainId} in {Path}")]
    public static partial void Failed(ILogger logger, Exception exception, string operation, string stateName, Orleans.Runtime.GrainId grainId, string path);
}
