namespace Platform.Blogging.Access;

/// <summary>A freshly issued token: the only time its secret exists outside the caller's hands.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.IssuedToken")]
public sealed record IssuedToken(TokenInfo Info, string Secret);
