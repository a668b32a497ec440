using Orleans.Runtime;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Access;

/// <summary>The access grain: tokens in one small state, plus an in-memory digest index for authentication.</summary>
[GrainType("blogaccess")]
internal sealed partial class BlogAccessGrain(
    [PersistentState("access", BloggingStorage.Name)] IPersistentState<AccessState> state,
    TimeProvider time) : Grain, IBlogAccessGrain
{
    /// <summary>At most this many tokens (revoked included) per blog.</summary>
    public const int MaxTokens = 200;

    private Dictionary<string, AccessTokenRecord>? _byHash;

    public Task<IssuedToken> Issue(string name, TokenRole role) => IssueAsync(name, role, userId: null);

    private async Task<IssuedToken> IssueAsync(string name, TokenRole role, string? userId)
    {
        var label = (name ?? "").Trim();
        if (label.Length is 0 or > 100)
        {
            throw new InvalidInputException("name", "A token needs a name of 1 to 100 characters.", InputReasons.TokenName);
        }

        if (!Enum.IsDefined(role))
        {
            throw new InvalidInputException("role", "The role must be owner, editor, author or contributor.", InputReasons.Role);
        }

        if (state.State.Tokens.Count >= MaxTokens)
        {
            throw new InvalidInputException("name", $"A blog has at most {MaxTokens} tokens, revoked ones included.", InputReasons.TokenLimit);
        }

        var secret = AccessTokens.Generate(this.GetPrimaryKeyString());
        var record = new AccessTokenRecord
        {
            Id = AccessTokens.NewId(),
            Name = label,
            Role = role,
            Hash = AccessTokens.Hash(secret),
            CreatedAt = time.GetUtcNow(),
            UserId = userId,
        };
        state.State.Tokens.Add(record);
        await WriteAsync();
        return new IssuedToken(TokenInfo.From(record), secret);
    }

    public Task<IReadOnlyList<TokenInfo>> List() =>
        Task.FromResult<IReadOnlyList<TokenInfo>>(state.State.Tokens.Select(TokenInfo.From).ToArray());

    public async Task<bool> Revoke(string tokenId)
    {
        var index = state.State.Tokens.FindIndex(t => string.Equals(t.Id, tokenId, StringComparison.Ordinal));
        if (index < 0)
        {
            return false;
        }

        if (state.State.Tokens[index].RevokedAt is null)
        {
            state.State.Tokens[index] = state.State.Tokens[index] with { RevokedAt = time.GetUtcNow() };
            await WriteAsync();
        }

        return true;
    }

    public Task<TokenInfo?> Authenticate(string hash)
    {
        var index = _byHash ??= BuildIndex(state.State);

        // The lookup is keyed by a SHA-256 digest of a 256-bit secret, so its timing reveals nothing usable; the
        // final comparison is constant-time anyway.
        return Task.FromResult(hash is not null && index.TryGetValue(hash, out var record) && AccessTokens.HashesEqual(record.Hash, hash) && record.RevokedAt is null
            ? TokenInfo.From(record)
            : null);
    }

    private async Task WriteAsync()
    {
        await state.WriteStateAsync();
        _byHash = null;
    }

    private static Dictionary<string, AccessTokenRecord> BuildIndex(AccessState state) =>
        state.Tokens.Where(t => t.RevokedAt is null).ToDictionary(t => t.Hash, StringComparer.Ordinal);
}
