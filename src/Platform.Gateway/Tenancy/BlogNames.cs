using System.Collections.Frozen;

namespace Platform.Gateway.Tenancy;

/// <summary>
/// What a blog name may be: the single DNS label it becomes in <c>{blog}.{platform domain}</c> and the segment in
/// <c>/@{blog}</c>. Lower-case ASCII letters, digits and <c>-</c>, 1 to 63 characters, no leading or trailing
/// <c>-</c>, no <c>xn--</c> (punycode) prefix, and not one of <see cref="Reserved"/>.
/// </summary>
public static class BlogNames
{
    /// <summary>The longest blog name: a DNS label's limit.</summary>
    public const int MaxLength = 63;

    /// <summary>
    /// Names that can never be blogs, because the platform uses them (or may) as host labels or path segments.
    /// The author API rejects them when a blog is created; the resolver never maps them.
    /// </summary>
    public static IReadOnlyList<string> Reserved { get; } = [.. Platform.Blogging.Blogs.BlogName.Reserved.Order(StringComparer.Ordinal)];

    private static readonly FrozenSet<string> s_reserved = Platform.Blogging.Blogs.BlogName.Reserved;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reservedLookup = s_reserved.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> is well formed (the syntax rule only; see <see cref="IsReserved"/>).</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > MaxLength || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return !name.StartsWith("xn--", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="name"/> is one of <see cref="Reserved"/> (case-sensitive: names are lower-case).</summary>
    public static bool IsReserved(ReadOnlySpan<char> name) => s_reservedLookup.Contains(name);

    /// <summary>Whether <paramref name="name"/> can be a blog: well formed and not reserved.</summary>
    public static bool IsValid(ReadOnlySpan<char> name) => IsWellFormed(name) && !IsReserved(name);
}
