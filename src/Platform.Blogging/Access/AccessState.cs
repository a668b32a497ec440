namespace Platform.Blogging.Access;

/// <summary>The persisted state of a blog's access grain: its tokens, revoked ones included (for the record), its members and invitations.</summary>
[GenerateSerializer]
[Alias("platform.AccessState")]
public sealed class AccessState
{
    /// <summary>Every token issued for the blog.</summary>
    [Id(0)]
    public List<AccessTokenRecord> Tokens { get; set; } = [];

    /// <summary>The blog's members (user accounts and their roles). States stored before accounts have none.</summary>
    [Id(1)]
    public List<MemberRecord> Members { get; set; } = [];

    /// <summary>Invitations, pending and past (only their digests).</summary>
    [Id(2)]
    public List<InvitationRecord> Invitations { get; set; } = [];
}
