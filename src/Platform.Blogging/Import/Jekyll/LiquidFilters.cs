using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// The filters the import applies, as Liquid 4 and Jekyll 3 (GitHub Pages) define them. Strings: <c>append</c>,
/// <c>prepend</c>, <c>replace</c>, <c>replace_first</c>, <c>remove</c>, <c>remove_first</c>, <c>upcase</c>,
/// <c>downcase</c>, <c>capitalize</c>, <c>strip</c>, <c>lstrip</c>, <c>rstrip</c>, <c>strip_html</c>,
/// <c>strip_newlines</c>, <c>newline_to_br</c>, <c>truncate</c>, <c>truncatewords</c>, <c>split</c>, <c>slice</c>,
/// <c>escape</c>, <c>escape_once</c>, <c>xml_escape</c>, <c>url_encode</c>, <c>cgi_escape</c>, <c>uri_escape</c>,
/// <c>slugify</c>, <c>markdownify</c> (the text as it is: the post is Markdown already), <c>number_of_words</c>.
/// Lists: <c>size</c>, <c>first</c>, <c>last</c>, <c>join</c>, <c>reverse</c>, <c>sort</c>, <c>sort_natural</c>,
/// <c>uniq</c>, <c>compact</c>, <c>map</c>, <c>where</c>, <c>concat</c>, <c>push</c>, <c>array_to_sentence_string</c>,
/// <c>jsonify</c>. Numbers: <c>plus</c>, <c>minus</c>, <c>times</c>, <c>divided_by</c>, <c>modulo</c>, <c>abs</c>,
/// <c>ceil</c>, <c>floor</c>, <c>round</c>, <c>at_least</c>, <c>at_most</c>. Dates: <c>date</c>,
/// <c>date_to_string</c>, <c>date_to_long_string</c>, <c>date_to_xmlschema</c>, <c>date_to_rfc822</c>. Addresses:
/// <c>relative_url</c>, <c>absolute_url</c>. And <c>default</c>. Any other name is a <see cref="LiquidException"/>.
/// </summary>
internal sealed partial class LiquidFilters(LiquidContext context)
{
    /// <summary>Applies the filter <paramref name="name"/> to <paramref name="input"/>.</summary>
    public object? Apply(string name, object? input, IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> named)
    {
        input = input is LiquidMissing ? null : input;
        arguments = [.. arguments.Select(a => a is LiquidMissing ? null : a)];
        object? Argument(int index) => index < arguments.Count ? arguments[index] : null;
        string Text(int index) => LiquidValues.Render(Argument(index));
        var text = input is string s ? s : LiquidValues.Render(input);
        switch (name)
        {
            case "default":
                var allowFalse = named.TryGetValue("allow_false", out var allow) && LiquidValues.IsTruthy(allow);
                return input is null || (input is false && !allowFalse) || LiquidValues.IsEmpty(input) ? Argument(0) : input;
            case "relative_url":
                return input is null ? null : JekyllUrls.Relative(context.BaseUrl, text);
            case "absolute_url":
                return input is null ? null : JekyllUrls.Absolute(context.Url, context.BaseUrl, text);
            case "escape" or "xml_escape":
                return input is null ? null : WebUtility.HtmlEncode(text);
            case "escape_once":
                return WebUtility.HtmlEncode(WebUtility.HtmlDecode(text));
            case "upcase":
                return text.ToUpperInvariant();
            case "downcase":
                return Lower(text);
            case "capitalize":
                return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + Lower(text[1..]);
            case "strip":
                return text.Trim();
            case "lstrip":
                return text.TrimStart();
            case "rstrip":
                return text.TrimEnd();
            case "strip_newlines":
                return text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            case "newline_to_br":
                return text.ReplaceLineEndings("<br />\n");
            case "strip_html":
                return HtmlTags().Replace(HtmlBlocks().Replace(text, ""), "");
            case "append":
                return text + Text(0);
            case "prepend":
                return Text(0) + text;
            case "replace":
                return Text(0).Length == 0 ? text : text.Replace(Text(0), Text(1), StringComparison.Ordinal);
            case "replace_first":
                return ReplaceFirst(text, Text(0), Text(1));
            case "remove":
                return Text(0).Length == 0 ? text : text.Replace(Text(0), "", StringComparison.Ordinal);
            case "remove_first":
                return ReplaceFirst(text, Text(0), "");
            case "truncate":
                return Truncate(text, Argument(0) is null ? 50 : Integer(Argument(0)), Argument(1) is null ? "..." : Text(1));
            case "truncatewords":
                return TruncateWords(text, Argument(0) is null ? 15 : Integer(Argument(0)), Argument(1) is null ? "..." : Text(1));
            case "split":
                return Split(text, Text(0));
            case "slice":
                return Slice(input, Integer(Argument(0)), Argument(1) is null ? 1 : Integer(Argument(1)));
            case "url_encode" or "cgi_escape":
                return input is null ? null : WebUtility.UrlEncode(text);
            case "uri_escape":
                return Uri.EscapeDataString(text).Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal)
                    .Replace("%23", "#", StringComparison.Ordinal).Replace("%3F", "?", StringComparison.Ordinal).Replace("%26", "&", StringComparison.Ordinal)
                    .Replace("%3D", "=", StringComparison.Ordinal).Replace("%40", "@", StringComparison.Ordinal).Replace("%2B", "+", StringComparison.Ordinal);
            case "slugify":
                return input is null ? null : LiquidSlugify.Slugify(text, Argument(0) is null ? null : Text(0));
            case "markdownify":
                return text;
            case "number_of_words":
                return (long)text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            case "jsonify":
                return LiquidJson.Write(input);
            case "size":
                return input switch
                {
                    string value => (long)value.Length,
                    IReadOnlyList<object?> list => (long)list.Count,
                    IReadOnlyDictionary<string, object?> map => (long)map.Count,
                    LiquidRange range => range.Count,
                    _ => 0L,
                };
            case "first":
                return input switch
                {
                    IReadOnlyList<object?> list => list.Count > 0 ? list[0] : null,
                    LiquidRange range => range.Count > 0 ? range.From : null,
                    _ => null,
                };
            case "last":
                return input switch
                {
                    IReadOnlyList<object?> list => list.Count > 0 ? list[^1] : null,
                    LiquidRange range => range.Count > 0 ? range.To : null,
                    _ => null,
                };
            case "join":
                return string.Join(Argument(0) is null ? " " : Text(0), List(input).Select(LiquidValues.Render));
            case "reverse":
                return List(input).Reverse().ToArray();
            case "uniq":
                return Distinct(List(input));
            case "compact":
                return List(input).Where(i => i is not null).ToArray();
            case "concat":
                return Argument(0) is IReadOnlyList<object?> more ? (object?[])[.. List(input), .. more] : throw new LiquidException("concat: the argument is not a list");
            case "push":
                return (object?[])[.. List(input), Argument(0)];
            case "map":
                return List(input).Select(item => Property(item, Text(0))).ToArray();
            case "where":
                return Where(input, Text(0), Argument(1));
            case "sort":
                return Sort(List(input), Argument(0) is null ? null : Text(0), Argument(1) is null ? "first" : Text(1), natural: false);
            case "sort_natural":
                return Sort(List(input), Argument(0) is null ? null : Text(0), "first", natural: true);
            case "array_to_sentence_string":
                return Sentence(List(input).Select(LiquidValues.Render).ToArray(), Argument(0) is null ? "and" : Text(0));
            case "plus" or "minus" or "times" or "divided_by" or "modulo" or "at_least" or "at_most":
                return Arithmetic(name, LiquidValues.ToNumber(input), LiquidValues.ToNumber(Argument(0)));
            case "abs":
                return LiquidValues.ToNumber(input) switch { long i => (object)Math.Abs(i), var d => Math.Abs((double)d) };
            case "ceil":
                return (long)Math.Ceiling(LiquidValues.ToDouble(LiquidValues.ToNumber(input)));
            case "floor":
                return (long)Math.Floor(LiquidValues.ToDouble(LiquidValues.ToNumber(input)));
            case "round":
                var digits = Argument(0) is null ? 0 : Integer(Argument(0));
                var rounded = Math.Round(LiquidValues.ToDouble(LiquidValues.ToNumber(input)), Math.Clamp(digits, 0, 15), MidpointRounding.AwayFromZero);
                return digits <= 0 ? (object)(long)rounded : rounded;
            case "date":
                return Argument(0) is null || Text(0).Length == 0 || input is null || text.Length == 0 ? input
                    : ToDate(input) is { } date ? LiquidStrftime.Format(date, Text(0)) : input;
            case "date_to_string" or "date_to_long_string":
                return input is null ? null : DateToString(RequireDate(input, name), name == "date_to_long_string" ? "%B" : "%b", Argument(0) is null ? null : Text(0), Argument(1) is null ? null : Text(1));
            case "date_to_xmlschema":
                return input is null ? null : RequireDate(input, name).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + RequireDate(input, name).ToString("zzz", CultureInfo.InvariantCulture);
            case "date_to_rfc822":
                return input is null ? null : LiquidStrftime.Format(RequireDate(input, name), "%a, %d %b %Y %H:%M:%S %z");
            default:
                throw new LiquidException($"the filter '{name}' is not supported at import");
        }
    }

#pragma warning disable CA1308 // Liquid's downcase is lower case by definition.
    private static string Lower(string text) => text.ToLowerInvariant();
#pragma warning restore CA1308

    private static int Integer(object? value) => LiquidValues.ToNumber(value) switch
    {
        long integer => (int)Math.Clamp(integer, int.MinValue, int.MaxValue),
        var number => (int)Math.Clamp(Math.Floor((double)number), int.MinValue, int.MaxValue),
    };

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + find.Length)..];
    }

    private static string Truncate(string text, int length, string ellipsis)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var keep = Math.Max(0, length - ellipsis.Length);
        return text[..keep] + ellipsis;
    }

    private static string TruncateWords(string text, int count, string ellipsis)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        count = Math.Max(1, count);
        return words.Length <= count ? text : string.Join(' ', words.Take(count)) + ellipsis;
    }

    /// <summary>Ruby's <c>String#split</c>: a single space splits on runs of whitespace; trailing empty pieces are dropped; an empty pattern splits into characters.</summary>
    private static object?[] Split(string text, string pattern)
    {
        string[] pieces = pattern switch
        {
            " " => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
            "" => [.. text.Select(c => c.ToString())],
            _ => text.Split(pattern),
        };
        var count = pieces.Length;
        while (count > 0 && pieces[count - 1].Length == 0)
        {
            count--;
        }

        return [.. pieces.Take(count)];
    }

    private static object? Slice(object? input, int start, int length)
    {
        if (input is IReadOnlyList<object?> list)
        {
            var from = start < 0 ? list.Count + start : start;
            return from < 0 || from > list.Count ? Array.Empty<object?>() : list.Skip(from).Take(Math.Max(0, length)).ToArray();
        }

        var text = LiquidValues.Render(input);
        var begin = start < 0 ? text.Length + start : start;
        return begin < 0 || begin > text.Length ? "" : text.Substring(begin, Math.Clamp(length, 0, text.Length - begin));
    }

    private static IReadOnlyList<object?> List(object? input) => input switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        LiquidRange range when range.Count <= 10_000 => [.. Enumerable.Range(0, (int)range.Count).Select(i => (object?)(range.From + i))],
        LiquidRange => throw new LiquidException("a range of more than 10000 numbers is not made into a list"),
        IReadOnlyDictionary<string, object?> map => [map],
        _ => [input],
    };

    private static object?[] Distinct(IReadOnlyList<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items.Where(item => !result.Any(r => LiquidValues.Equal(r, item))))
        {
            result.Add(item);
        }

        return [.. result];
    }

    private static object? Property(object? item, string key) =>
        item is IReadOnlyDictionary<string, object?> map && map.TryGetValue(key, out var value) ? value : null;

    private static object?[] Where(object? input, string property, object? value)
    {
        var items = input is IReadOnlyDictionary<string, object?> map ? [.. map.Values] : List(input);
        var wanted = LiquidValues.Render(value);
        return [.. items.Where(item => Property(item, property) switch
        {
            IReadOnlyList<object?> many => many.Any(v => LiquidValues.Render(v) == wanted),
            var one => LiquidValues.Render(one) == wanted,
        })];
    }

    private static object?[] Sort(IReadOnlyList<object?> items, string? property, string nils, bool natural)
    {
        object? Key(object? item) => property is null ? item : Property(item, property);
        var present = items.Where(i => Key(i) is not null).ToList();
        var absent = items.Where(i => Key(i) is null).ToList();
        present.Sort((a, b) =>
        {
            var (x, y) = (Key(a), Key(b));
            if (natural && x is string sx && y is string sy)
            {
                return string.Compare(sx, sy, StringComparison.OrdinalIgnoreCase);
            }

            return LiquidValues.Compare(x, y) ?? throw new LiquidException($"sort: comparison of {LiquidValues.TypeName(x)} with {LiquidValues.TypeName(y)} failed");
        });
        return nils == "last" ? [.. present, .. absent] : [.. absent, .. present];
    }

    private static string Sentence(string[] words, string connector) => words.Length switch
    {
        0 => "",
        1 => words[0],
        2 => $"{words[0]} {connector} {words[1]}",
        _ => $"{string.Join(", ", words[..^1])}, {connector} {words[^1]}",
    };

    private static object Arithmetic(string name, object left, object right)
    {
        if (left is long a && right is long b)
        {
            return name switch
            {
                "plus" => a + b,
                "minus" => a - b,
                "times" => a * b,
                "divided_by" => b == 0 ? throw new LiquidException("divided_by: divided by 0") : Math.Floor((double)a / b) is var q && Math.Abs(q) < 9e18 ? (long)q : throw new LiquidException("divided_by: out of range"),
                "modulo" => b == 0 ? throw new LiquidException("modulo: divided by 0") : ((a % b) + b) % b,
                "at_least" => Math.Max(a, b),
                _ => Math.Min(a, b),
            };
        }

        var (x, y) = (LiquidValues.ToDouble(left), LiquidValues.ToDouble(right));
        return name switch
        {
            "plus" => x + y,
            "minus" => x - y,
            "times" => x * y,
            "divided_by" => y == 0 ? throw new LiquidException("divided_by: divided by 0") : x / y,
            "modulo" => y == 0 ? throw new LiquidException("modulo: divided by 0") : x - (y * Math.Floor(x / y)),
            "at_least" => Math.Max(x, y),
            _ => Math.Min(x, y),
        };
    }

    private DateTimeOffset? ToDate(object? input)
    {
        switch (input)
        {
            case DateTimeOffset date:
                return date;
            case long seconds:
                return seconds is > -62135596800 and < 253402300800 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
            case string text:
                text = text.Trim();
                if (text is "now" or "today")
                {
                    return context.Now();
                }

                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
                {
                    return ToDate(unix);
                }

                // Ruby prints offsets without a colon (+0900); .NET reads them with one.
                text = RubyOffset().Replace(text, "$1$2:$3");
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
            default:
                return null;
        }
    }

    private DateTimeOffset RequireDate(object? input, string filter) =>
        ToDate(input) ?? throw new LiquidException($"{filter}: '{LiquidValues.Render(input)}' is not a date");

    private static string DateToString(DateTimeOffset date, string month, string? type, string? style)
    {
        if (type != "ordinal")
        {
            return LiquidStrftime.Format(date, $"%d {month} %Y");
        }

        var day = date.Day;
        var suffix = (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        var ordinal = day.ToString(CultureInfo.InvariantCulture) + suffix;
        return style == "US"
            ? LiquidStrftime.Format(date, $"{month} ") + ordinal + LiquidStrftime.Format(date, ", %Y")
            : ordinal + LiquidStrftime.Format(date, $" {month} %Y");
    }

    [GeneratedRegex(@"(\s)([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RubyOffset();

    [GeneratedRegex(@"<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlBlocks();

    [GeneratedRegex(@"<.*?>", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTags();
}
