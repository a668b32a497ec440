namespace Platform.Blogging.Errors;

/// <summary>
/// Stable names of the input rules behind <see cref="InvalidInputException.Reason"/>: callers map them to their own
/// words (the studio's Korean), so they never change meaning once released. The English message stays the API's text.
/// </summary>
public static class InputReasons
{
    /// <summary>A blog's title is empty or over 200 characters.</summary>
    public const string BlogTitle = "blog-title";

    /// <summary>A blog's description is over 1000 characters.</summary>
    public const string BlogDescription = "blog-description";

    /// <summary>A blog's author is over 200 characters.</summary>
    public const string BlogAuthor = "blog-author";

    /// <summary>A locale that is not a known culture.</summary>
    public const string Locale = "locale";

    /// <summary>A time zone that is not a known IANA zone.</summary>
    public const string TimeZone = "time-zone";

    /// <summary>Posts per page outside 1 to 100 (or not a number).</summary>
    public const string PostsPerPage = "posts-per-page";

    /// <summary>A permalink pattern that is neither a Jekyll style nor a path with :title or :slug.</summary>
    public const string PermalinkPattern = "permalink-pattern";

    /// <summary>More navigation links than a blog may have.</summary>
    public const string NavigationCount = "navigation-count";

    /// <summary>A navigation link's label is empty or too long.</summary>
    public const string NavigationLabel = "navigation-label";

    /// <summary>A navigation link's URL is neither a path of the blog nor an http(s) URL, or the line has no <c>|</c>.</summary>
    public const string NavigationUrl = "navigation-url";

    /// <summary>More custom domains than a blog may have.</summary>
    public const string DomainCount = "domain-count";

    /// <summary>A custom domain that is not a host name.</summary>
    public const string DomainName = "domain-name";

    /// <summary>A post's title is too long.</summary>
    public const string PostTitle = "post-title";

    /// <summary>A post has too many tags.</summary>
    public const string TagCount = "tag-count";

    /// <summary>A tag is empty, too long or contains <c>/</c>.</summary>
    public const string Tag = "tag";

    /// <summary>A category path is too deep.</summary>
    public const string CategoryDepth = "category-depth";

    /// <summary>A category is empty or too long.</summary>
    public const string Category = "category";

    /// <summary>A post's description is too long.</summary>
    public const string PostDescription = "post-description";

    /// <summary>A post's image is not an http, https or relative URL.</summary>
    public const string ImageUrl = "image-url";

    /// <summary>A schedule time that is not in the future.</summary>
    public const string SchedulePast = "schedule-past";

    /// <summary>A permalink taken by the platform's own pages.</summary>
    public const string PermalinkReserved = "permalink-reserved";

    /// <summary>A token's name is empty or over 100 characters.</summary>
    public const string TokenName = "token-name";

    /// <summary>A role that is not owner, editor, author or contributor.</summary>
    public const string Role = "role";

    /// <summary>The blog has as many tokens as it may keep.</summary>
    public const string TokenLimit = "token-limit";

    /// <summary>A personal token above its member's role, or for someone who is not a member.</summary>
    public const string PersonalTokenRole = "personal-token-role";

    /// <summary>The blog has as many members as it may have.</summary>
    public const string MemberLimit = "member-limit";

    /// <summary>The change would leave the blog without an owner.</summary>
    public const string LastOwner = "last-owner";

    /// <summary>The blog has as many pending invitations as it may have.</summary>
    public const string InvitationLimit = "invitation-limit";

    /// <summary>An invitation link that was used, withdrawn or has expired.</summary>
    public const string InvitationInvalid = "invitation-invalid";

    /// <summary>An invitation accepted with another email address than the one invited.</summary>
    public const string InvitationEmail = "invitation-email";

    /// <summary>Not an email address.</summary>
    public const string Email = "email";

    /// <summary>An account with this email exists already.</summary>
    public const string AccountExists = "account-exists";

    /// <summary>A display name over its length.</summary>
    public const string DisplayName = "display-name";

    /// <summary>A password shorter than the minimum.</summary>
    public const string PasswordShort = "password-short";

    /// <summary>A password longer than the maximum.</summary>
    public const string PasswordLong = "password-long";
}
