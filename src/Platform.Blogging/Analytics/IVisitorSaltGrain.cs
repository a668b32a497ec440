namespace Platform.Blogging.Analytics;

/// <summary>
/// The platform's daily visitor salts (one grain, key <c>salts</c>): 32 random bytes per date, made on first use.
/// A date's salt exists only while some time zone can still be on that date (yesterday, today and tomorrow in
/// UTC); older ones are deleted, so a stored sketch register can never be tied back to an IP and User-Agent.
/// </summary>
[Alias("platform.IVisitorSaltGrain")]
public interface IVisitorSaltGrain : IGrainWithStringKey
{
    /// <summary>The salt of <paramref name="day"/>, or null when the day is no longer (or not yet) current anywhere.</summary>
    [Alias("GetSalt")]
    Task<byte[]?> GetSalt(DateOnly day);
}
