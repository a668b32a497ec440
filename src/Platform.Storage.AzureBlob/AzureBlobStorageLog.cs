using Microsoft.Extensions.Logging;
using Platform.Actors;

namespace Platform.Storage.AzureBlob;

/// <summary>Log messages of the Azure Blob provider.</summary>
internal static partial class AzureBlobStorageLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Azure Blob {Method} of '{Resource}' failed (attempt {Attempt}: {Cause}); retrying in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string method, string resource, int attempt, string cause, double delayMs);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Azure Blob grain storage uses container '{Container}' at {Endpoint}")]
    public static partial void ContainerReady(ILogger logger, string container, Uri endpoint);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug, Message = "Azure Blob {Operation} of state '{StateName}' for {GrainId} refused: stored ETag {Stored}, writer held {Current}")]
    public static partial void Conflict(ILogger logger, string operation, string stateName, GrainId grainId, string? stored, string? current);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Azure Blob request for '{Blob}' was retried after an unclear failure and then refused; what is stored matches the request, so the first attempt landed")]
    public static partial void EarlierAttemptLanded(ILogger logger, string blob);
}
