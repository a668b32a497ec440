namespace Platform.Blogging.Accounts;

/// <summary>A TOTP secret to enter into an authenticator app, as text and as an <c>otpauth://</c> URI.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.TotpSetup")]
public sealed record TotpSetup([property: Id(0)] string Secret, [property: Id(1)] string Uri);
