namespace Platform.Blogging.Accounts;

/// <summary>The persisted state of one email's index entry: the user who owns the address.</summary>
[GenerateSerializer]
[Alias("platform.EmailIndexState")]
public sealed class EmailIndexState
{
    /// <summary>The owning user's id; null when the address is free.</summary>
    [Id(0)]
    public string? UserId { get; set; }
}
