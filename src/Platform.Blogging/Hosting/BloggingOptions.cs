namespace Platform.Blogging.Hosting;

/// <summary>Options of the blog domain, bound from the <c>Blogging</c> section (counters from <c>Counters</c>).</summary>
public sealed class BloggingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Blogging";

    /// <summary>How often post grains write their counters and roll them up (<c>Counters:FlushInterval</c>, default 5 s).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a silo serves a cached blog or post before it asks the grain whether its revision changed
    /// (<c>Blogging:CacheRevalidation</c>, default 1 s): the bound within which an edit made through any node is
    /// served by every node.
    /// </summary>
    public TimeSpan CacheRevalidation { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest Markdown file accepted, in bytes of UTF-8 (default 1 MiB).</summary>
    public int MaxBodyBytes { get; set; } = 1_048_576;

    /// <summary>How often the publication scheduler looks for scheduled posts that are due (default 15 s).</summary>
    public TimeSpan PublishPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How many revisions of each post are kept (<c>Blogging:Revisions</c>, default 25, as Ghost keeps; 0 keeps none,
    /// at most 500). See <see cref="Revisions.PostRevisionsGrain"/> for when a save opens a new one.
    /// </summary>
    public int Revisions { get; set; } = 25;

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        if (FlushInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Configuration value Counters:FlushInterval must be a positive time span.");
        }

        if (CacheRevalidation < TimeSpan.Zero || CacheRevalidation > TimeSpan.FromMinutes(10))
        {
            throw new InvalidOperationException("Configuration value Blogging:CacheRevalidation must be between 00:00:00 and 00:10:00.");
        }

        if (MaxBodyBytes is < 1024 or > 16 * 1_048_576)
        {
            throw new InvalidOperationException("Configuration value Blogging:MaxBodyBytes must be between 1024 and 16777216.");
        }

        if (Revisions is < 0 or > 500)
        {
            throw new InvalidOperationException("Configuration value Blogging:Revisions must be between 0 and 500.");
        }

        if (PublishPollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Configuration value Blogging:PublishPollInterval must be a positive time span.");
        }
    }
}
