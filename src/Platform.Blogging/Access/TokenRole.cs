namespace Platform.Blogging.Access;

/// <summary>What a blog's access token may do.</summary>
[GenerateSerializer]
[Alias("platform.TokenRole")]
public enum TokenRole
{
    /// <summary>Everything on the blog: settings, tokens and every post.</summary>
    Owner,

    /// <summary>Every post: create, edit, delete, publish, schedule, import.</summary>
    Editor,

    /// <summary>Create posts; edit, delete, publish and schedule only the posts this token created.</summary>
    Author,

    /// <summary>Create and edit drafts of its own only; never publish or schedule.</summary>
    Contributor,
}
