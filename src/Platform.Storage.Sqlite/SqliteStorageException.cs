namespace Platform.Storage.Sqlite;

/// <summary>The SQLite provider could not reach or read its database; the message names the state and the file.</summary>
[Orleans.GenerateSerializer]
[Orleans.Alias("platform.SqliteStorageException")]
public sealed class SqliteStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SqliteStorageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SqliteStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SqliteStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
