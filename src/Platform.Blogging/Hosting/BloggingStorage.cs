using Platform.Actors.Persistence;

namespace Platform.Blogging.Hosting;

/// <summary>The storage provider name every blogging state uses.</summary>
public static class BloggingStorage
{
    /// <summary>The provider name (the runtime's default provider).</summary>
    public const string Name = GrainStorageNames.Default;
}
