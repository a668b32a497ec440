namespace Platform.Actors.Runtime;

/// <summary>A storage operation, for telemetry.</summary>
internal enum StorageOperation
{
    Read,
    Write,
    Clear,
}
