namespace Platform.Blogging.Registry;

/// <summary>Where the platform-wide blog directory lives.</summary>
public static class BlogDirectory
{
    /// <summary>The key of the one directory grain.</summary>
    public const string Key = "platform";
}
