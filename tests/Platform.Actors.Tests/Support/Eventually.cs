namespace Platform.Actors.Tests.Support;

/// <summary>Waits for a condition that another thread makes true; fails with the given message when it never does.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string because, int timeoutMs = 10_000) =>
        TrueAsync(() => Task.FromResult(condition()), because, timeoutMs);

    public static async Task TrueAsync(Func<Task<bool>> condition, string because, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting until {because}.");
            }

            await Task.Delay(5);
        }
    }
}
