using Platform.Blogging.Hosting;

namespace Platform.Blogging.Accounts;

/// <summary>The email index grain.</summary>
[GrainType(GrainType)]
internal sealed class EmailIndexGrain(
    [PersistentState(EmailIndexGrain.StateName, BloggingStorage.Name)] IPersistentState<EmailIndexState> state) : Grain, IEmailIndexGrain
{
    public const string GrainType = "useremail";
    public const string StateName = "useremail";

    public Task<string?> Find() => Task.FromResult(state.State.UserId);

    public async Task<string> Claim(string userId)
    {
        if (state.State.UserId is null)
        {
            state.State.UserId = userId;
            await state.WriteStateAsync();
        }

        return state.State.UserId;
    }

    public async Task Release(string userId)
    {
        if (string.Equals(state.State.UserId, userId, StringComparison.Ordinal))
        {
            state.State.UserId = null;
            await state.WriteStateAsync();
        }
    }
}
