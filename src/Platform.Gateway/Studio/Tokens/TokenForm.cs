using Platform.Blogging.Access;

namespace Platform.Gateway.Studio.Tokens;

/// <summary>
/// The create form of the blog tokens page, checked before the grain sees it with the grain's own rules (a name of
/// 1 to 100 characters, one of the four roles), so a refusal names its field in the page's language.
/// </summary>
internal static class TokenForm
{
    /// <summary>The longest form the page accepts, in bytes (the API's token body bound).</summary>
    public const int MaxBytes = 16 * 1024;

    /// <summary>The longest name, in characters (the grain's bound).</summary>
    public const int MaxName = 100;

    /// <summary>The refusals of the form, by field; empty when it may be issued.</summary>
    public static Dictionary<string, string> Check(string name, string role, StudioText text, out TokenRole parsed)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var label = name.Trim();
        if (label.Length == 0)
        {
            errors["name"] = text.TokenNameRequired;
        }
        else if (label.Length > MaxName)
        {
            errors["name"] = text.TokenNameTooLong;
        }

        if (!Accounts.AccountPageEndpoints.TryRole(role, out parsed))
        {
            errors["role"] = text.UnknownRole;
        }

        return errors;
    }
}
