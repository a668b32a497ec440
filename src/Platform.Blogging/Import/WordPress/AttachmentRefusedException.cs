namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Thrown when an attachment must not be fetched after all: its host resolved to an internal address (thrown at
/// connect time, so the answer of every DNS lookup is checked), or it redirects where attachments may not come from.
/// The download reports it as refused.
/// </summary>
public sealed class AttachmentRefusedException : IOException
{
    /// <summary>An exception with the reason.</summary>
    public AttachmentRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>An exception without a reason.</summary>
    public AttachmentRefusedException()
    {
    }

    /// <summary>An exception with the reason and its cause.</summary>
    public AttachmentRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
