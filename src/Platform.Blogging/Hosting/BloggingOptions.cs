namespace Platform.Blogging.Hosting;

/// <summary>Options of the blog domain, bound from the <c>Blogging</c> section (counters from <c>Counters</c>).</summary>
public sealed class BloggingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Blogging";

    /// <summary>How often post grains write their counters and roll them up (<c>Counters:FlushInterval</c>, default 5 s).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a blog or post activation trusts its cached state before a conditional read; null (the default on
    /// one node) trusts it until the activation goes away. Set it when several nodes share one store.
    /// </summary>
    public TimeSpan? RevalidationWindow { get; set; }

    /// <summary>The largest Markdown file accepted, in bytes of UTF-8 (default 1 MiB).</summary>
    public int MaxBodyBytes { get; set; } = 1_048_576;

    /// <summary>How often the publication scheduler looks for scheduled posts that are due (default 15 s).</summary>
    public TimeSpan PublishPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        if (FlushInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Configuration value Counters:FlushInterval must be a positive time span.");
        }

        if (RevalidationWindow is { } window && window < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Configuration value Blogging:RevalidationWindow must not be negative.");
        }

        if (MaxBodyBytes is < 1024 or > 16 * 1_048_576)
        {
            throw new InvalidOperationException("Configuration value Blogging:MaxBodyBytes must be between 1024 and 16777216.");
        }

        if (PublishPollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Configuration value Blogging:PublishPollInterval must be a positive time span.");
        }
    }
}
