namespace Platform.Blogging.Access;

/// <summary>A fresh invitation: the only time its link token exists outside the invitee's mail.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.IssuedInvitation")]
public sealed record IssuedInvitation([property: Id(0)] InvitationInfo Info, [property: Id(1)] string Token);
