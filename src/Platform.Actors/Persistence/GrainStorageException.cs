namespace Platform.Actors.Persistence;

/// <summary>
/// Storage could not complete an operation (unreachable, refused, corrupt data). The caller's state and ETag are
/// unchanged, so a later write is still fenced correctly.
/// </summary>
public class GrainStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GrainStorageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GrainStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GrainStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
