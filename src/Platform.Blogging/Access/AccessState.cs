namespace Platform.Blogging.Access;

/// <summary>The persisted state of a blog's access grain: its tokens, revoked ones included (for the record).</summary>
public sealed class AccessState
{
    /// <summary>Every token issued for the blog.</summary>
    public List<AccessTokenRecord> Tokens { get; set; } = [];
}
