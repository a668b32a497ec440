using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// One entry of a uap-core parser list: a regular expression, compiled on first use (interpreted, with a match
/// timeout), and the replacement templates of its fields, where <c>$1</c>..<c>$9</c> stand for its groups.
/// </summary>
internal sealed class UapRule
{
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(500);

    private readonly Lazy<Regex?> _regex;
    private readonly IReadOnlyDictionary<string, string> _replacements;

    public UapRule(string pattern, bool ignoreCase, IReadOnlyDictionary<string, string> replacements)
    {
        _replacements = replacements;
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        _regex = new Lazy<Regex?>(() => Compile(pattern, options), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The match of this rule's expression in <paramref name="userAgent"/>, or null (also when the expression does not compile or times out).</summary>
    public Match? Match(string userAgent)
    {
        if (_regex.Value is not { } regex)
        {
            return null;
        }

        try
        {
            var match = regex.Match(userAgent);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// A field of the result: its replacement template with the groups substituted, or else group
    /// <paramref name="defaultGroup"/> (0 for none); trimmed, and null when empty.
    /// </summary>
    public string? Field(Match match, string replacementKey, int defaultGroup)
    {
        string? value;
        if (_replacements.TryGetValue(replacementKey, out var template))
        {
            value = Substitute(template, match);
        }
        else
        {
            value = defaultGroup > 0 && match.Groups.Count > defaultGroup && match.Groups[defaultGroup].Success
                ? match.Groups[defaultGroup].Value
                : null;
        }

        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string Substitute(string template, Match match)
    {
        if (!template.Contains('$', StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 16);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '$' && i + 1 < template.Length && char.IsAsciiDigit(template[i + 1]))
            {
                var group = template[i + 1] - '0';
                if (group < match.Groups.Count && match.Groups[group].Success)
                {
                    result.Append(match.Groups[group].Value);
                }

                i++;
            }
            else
            {
                result.Append(template[i]);
            }
        }

        return result.ToString();
    }

    private static Regex? Compile(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options, s_matchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
