namespace Platform.Actors.Hosting;

/// <summary>Options of the actor runtime, bound from the <c>Actors</c> configuration section.</summary>
public sealed class ActorRuntimeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Actors";

    /// <summary>How long a caller waits for a response before <see cref="TimeoutException"/>. Default 30 s, as Orleans.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is collected. Default 15 minutes, as Orleans.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations. Default 1 minute, as Orleans.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one <c>OnDeactivateAsync</c> may run before its token is cancelled. Default 30 s.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Require(ResponseTimeout > TimeSpan.Zero, nameof(ResponseTimeout));
        Require(CollectionAge > TimeSpan.Zero, nameof(CollectionAge));
        Require(CollectionQuantum > TimeSpan.Zero, nameof(CollectionQuantum));
        Require(DeactivationTimeout > TimeSpan.Zero, nameof(DeactivationTimeout));
    }

    private static void Require(bool condition, string name)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Configuration value {SectionName}:{name} must be a positive time span.");
        }
    }
}
