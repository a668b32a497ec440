namespace Platform.Actors;

/// <summary>Orleans-style helpers on grains and grain references.</summary>
public static class GrainExtensions
{
    /// <summary>The string key of a grain or grain reference.</summary>
    public static string GetPrimaryKeyString(this IAddressable grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        return grain.GrainId.Key;
    }

    /// <summary>The grain id of a grain reference obtained from <see cref="IGrainFactory"/>.</summary>
    public static GrainId GetGrainId(this IGrain reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference is IAddressable addressable
            ? addressable.GrainId
            : throw new ArgumentException("Not a grain reference created by the runtime.", nameof(reference));
    }
}
