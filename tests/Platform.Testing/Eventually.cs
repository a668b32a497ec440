namespace Platform.Testing;

/// <summary>Waits for something that happens in the background (a timer's flush, a refresh), with a generous bound.</summary>
public static class Eventually
{
    /// <summary>How long a condition may take before the test fails: long enough for a loaded CI machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>Returns as soon as <paramref name="condition"/> holds; throws naming <paramref name="because"/> after <see cref="Bound"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string because)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + Bound;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {Bound.TotalSeconds:0} s: {because}");
            }

            await Task.Delay(20);
        }
    }
}
