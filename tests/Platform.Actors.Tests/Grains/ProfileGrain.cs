using Platform.Actors.Persistence;

namespace Platform.Actors.Tests.Grains;

public sealed record Profile
{
    public string Name { get; init; } = "";

    public DateTimeOffset Joined { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}

public sealed class Stats
{
    public long Views { get; set; }
}

public interface IProfileGrain : IGrainWithStringKey
{
    Task SetName(string name);

    Task AddView();

    [ReadOnly]
    Task<(string Name, long Views, bool ProfileExists)> Read();

    [ReadOnly]
    Task<string> ReadFresh(TimeSpan window);

    Task Clear();
}

/// <summary>Two named states in two providers: a cold profile and a hot counter.</summary>
public sealed class ProfileGrain(
    [PersistentState("profile")] IPersistentState<Profile> profile,
    [PersistentState("stats", "other")] IPersistentState<Stats> stats) : Grain, IProfileGrain
{
    public async Task SetName(string name)
    {
        profile.State = profile.State with { Name = name };
        await profile.WriteStateAsync();
    }

    public async Task AddView()
    {
        stats.State.Views++;
        await stats.WriteStateAsync();
    }

    public Task<(string Name, long Views, bool ProfileExists)> Read() =>
        Task.FromResult((profile.State.Name, stats.State.Views, profile.RecordExists));

    public async Task<string> ReadFresh(TimeSpan window)
    {
        await profile.RefreshIfStaleAsync(window);
        return profile.State.Name;
    }

    public async Task Clear()
    {
        await profile.ClearStateAsync();
        await stats.ClearStateAsync();
    }
}
