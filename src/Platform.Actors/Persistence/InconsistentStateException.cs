namespace Platform.Actors.Persistence;

/// <summary>
/// The stored state is not the version the activation holds: another writer moved it on, or it vanished.
/// When this escapes a grain call, the activation is deactivated so the next call reloads state.
/// </summary>
public class InconsistentStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InconsistentStateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InconsistentStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the ETag in storage and the one the writer held.</summary>
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag, Exception? innerException = null)
        : base($"{message} Stored ETag: {storedEtag ?? "(none)"}; current ETag: {currentEtag ?? "(none)"}.", innerException)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The ETag found in storage, when known (null: no record).</summary>
    public string? StoredEtag { get; }

    /// <summary>The ETag the writer held.</summary>
    public string? CurrentEtag { get; }
}
