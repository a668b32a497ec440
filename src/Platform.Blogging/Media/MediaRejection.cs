namespace Platform.Blogging.Media;

/// <summary>Why an upload was refused.</summary>
public enum MediaRejection
{
    /// <summary>More bytes than <see cref="MediaOptions.MaxUploadBytes"/>.</summary>
    TooLarge,

    /// <summary>Not an image of an accepted format, by content, or one the decoder cannot read.</summary>
    NotAnImage,

    /// <summary>Wider, taller or with more pixels than the limits (a decompression bomb, perhaps).</summary>
    TooManyPixels,
}
