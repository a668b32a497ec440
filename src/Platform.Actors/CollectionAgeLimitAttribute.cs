namespace Platform.Actors;

/// <summary>Overrides the runtime's <c>CollectionAge</c> for one grain class, as Orleans' attribute of the same name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Minutes an activation may stay idle before it is collected.</summary>
    public double Minutes { get; init; }

    /// <summary>Seconds added to <see cref="Minutes"/>.</summary>
    public double Seconds { get; init; }

    /// <summary>The limit as a time span.</summary>
    public TimeSpan Amount => TimeSpan.FromMinutes(Minutes) + TimeSpan.FromSeconds(Seconds);
}
