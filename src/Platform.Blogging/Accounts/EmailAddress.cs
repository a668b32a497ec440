using System.Net.Mail;

namespace Platform.Blogging.Accounts;

/// <summary>
/// Email addresses as account keys: trimmed and lower-cased (invariant), at most 254 characters, one <c>@</c> with
/// something on each side, no spaces or control characters. Two spellings that differ only in case are one account.
/// </summary>
public static class EmailAddress
{
    /// <summary>The longest address accepted (RFC 5321's path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>The normalised address, or false when <paramref name="input"/> is not a plausible address.</summary>
    public static bool TryNormalize(string? input, out string email)
    {
        email = "";
        var value = (input ?? "").Trim();
        if (value.Length is 0 or > MaxLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || !value[(at + 1)..].Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        if (!MailAddress.TryCreate(value, out var parsed) || !string.Equals(parsed.Address, value, StringComparison.Ordinal))
        {
            return false;
        }

        email = value.ToLowerInvariant();
        return true;
    }
}
