using System.Globalization;
using System.Security.Cryptography;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Analytics;

/// <summary>Makes, keeps and deletes the daily salts (<see cref="IVisitorSaltGrain"/>).</summary>
[GrainType("visitorsalt")]
internal sealed class VisitorSaltGrain(
    [PersistentState("salts", BloggingStorage.Name)] IPersistentState<VisitorSaltState> state,
    TimeProvider time) : Grain, IVisitorSaltGrain
{
    /// <summary>The key of the one salt grain.</summary>
    public const string Key = "salts";

    public async Task<byte[]?> GetSalt(DateOnly day)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var expired = state.State.Salts.Keys
            .Where(k => DateOnly.ParseExact(k, "yyyy-MM-dd", CultureInfo.InvariantCulture) < today.AddDays(-1))
            .ToList();
        foreach (var key in expired)
        {
            state.State.Salts.Remove(key);
        }

        var changed = expired.Count > 0;
        byte[]? salt = null;
        if (day >= today.AddDays(-1) && day <= today.AddDays(1))
        {
            var key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!state.State.Salts.TryGetValue(key, out salt))
            {
                salt = RandomNumberGenerator.GetBytes(32);
                state.State.Salts[key] = salt;
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }

        return salt;
    }
}
