namespace Platform.Blogging.Access;

/// <summary>The persisted state of a blog's access grain: its tokens, revoked ones included (for the record).</summary>
[GenerateSerializer]
[Alias("platform.AccessState")]
public sealed class AccessState
{
    /// <summary>Every token issued for the blog.</summary>
    [Id(0)]
    public List<AccessTokenRecord> Tokens { get; set; } = [];
}
