namespace Platform.Actors.Persistence;

/// <summary>Well-known storage provider names.</summary>
public static class GrainStorageNames
{
    /// <summary>The provider used when a state names none (Orleans' "Default").</summary>
    public const string Default = "Default";
}
