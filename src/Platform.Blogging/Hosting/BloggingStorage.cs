namespace Platform.Blogging.Hosting;

/// <summary>The storage provider name every blogging state uses.</summary>
public static class BloggingStorage
{
    /// <summary>The provider name the gateway registers its configured storage under. Not part of any stored key.</summary>
    public const string Name = "blogging";
}
