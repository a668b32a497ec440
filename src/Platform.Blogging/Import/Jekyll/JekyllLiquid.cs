using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Resolves the Liquid of a Jekyll post's body at import, so the stored Markdown holds none. Like Jekyll, Liquid is
/// resolved everywhere in the body, inside code spans and fenced code too; only <c>{% raw %}</c> keeps it as written.
/// <list type="bullet">
/// <item><c>{% raw %}...{% endraw %}</c>: the content, literally.</item>
/// <item><c>{% highlight lang [linenos] %}...{% endhighlight %}</c>: a fenced code block in <c>lang</c> (options such
/// as <c>linenos</c> are dropped); Liquid inside it is resolved, as Jekyll does.</item>
/// <item><c>{% post_url name %}</c> and <c>{% link path %}</c>: the new path (without the base URL, as in Jekyll 3,
/// which GitHub Pages runs: posts write <c>{{ site.baseurl }}{% post_url ... %}</c>).</item>
/// <item><c>{% comment %}...{% endcomment %}</c>: removed. <c>{% gist id %}</c>: a link to the gist, reported.</item>
/// <item><c>{{ site.url }}</c>, <c>{{ site.baseurl }}</c>: the new blog's; other <c>site.*</c> from <c>_config.yml</c>;
/// <c>{{ page.* }}</c> from the front matter; filters <c>relative_url</c>, <c>absolute_url</c>, <c>escape</c>,
/// <c>xml_escape</c>, <c>upcase</c>, <c>downcase</c>, <c>capitalize</c>, <c>strip</c>, <c>default</c>.</item>
/// </list>
/// Anything else (an <c>{% include %}</c>, <c>{% if %}</c>, an unknown filter or variable) is reported with its line
/// and kept, as written, inside a code span, so readers see it as code instead of it vanishing; inside code it is
/// kept as written. A <c>page.*</c> or <c>site.*</c> value that is not set renders empty, as in Jekyll, and is
/// reported too.
/// </summary>
public static partial class JekyllLiquid
{
    private static readonly HashSet<string> DynamicSite = new(StringComparer.Ordinal)
    {
        "posts", "pages", "tags", "categories", "data", "time", "static_files", "collections", "documents", "html_pages",
        "html_files", "related_posts", "github", "drafts",
    };

    private static readonly HashSet<string> DynamicPage = new(StringComparer.Ordinal)
    {
        "content", "excerpt", "next", "previous", "path", "id", "collection", "output", "relative_path", "name",
    };

    /// <summary>Resolves the Liquid in <paramref name="body"/>.</summary>
    /// <param name="body">The post's body (after the front matter).</param>
    /// <param name="context">What the Liquid can see.</param>
    /// <param name="firstLine">The line of the file the body starts on, for the problems' lines.</param>
    public static LiquidResult Render(string body, LiquidContext context, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        var template = LiquidTokenizer.Tokenize(body);
        var renderer = new Renderer(template.Tokens, MarkdownCodeRegions.Find(body), context, firstLine - 1);
        foreach (var problem in template.Problems)
        {
            renderer.Problems.Add(problem with { Line = problem.Line + firstLine - 1 });
        }

        var text = new StringBuilder(body.Length);
        renderer.RenderRange(0, template.Tokens.Count, text, inCode: false);
        return new LiquidResult(text.ToString(), [.. renderer.Problems.OrderBy(p => p.Line)]);
    }

    private sealed class Renderer(IReadOnlyList<LiquidToken> tokens, MarkdownCodeRegions code, LiquidContext context, int lineShift)
    {
        public List<LiquidProblem> Problems { get; } = [];

        public void RenderRange(int from, int to, StringBuilder output, bool inCode)
        {
            for (var i = from; i < to; i++)
            {
                var token = tokens[i];
                switch (token.Kind)
                {
                    case LiquidTokenKind.Text:
                        Append(output, token.Source);
                        break;
                    case LiquidTokenKind.Output:
                        Append(output, RenderOutput(token, inCode));
                        break;
                    default:
                        i = RenderTag(i, to, output, inCode);
                        break;
                }
            }
        }

        /// <summary>Appends, keeping a code span from running into a backtick that follows or precedes it.</summary>
        private static void Append(StringBuilder output, string text)
        {
            if (output.Length > 0 && output[^1] == '`' && text.StartsWith('`'))
            {
                output.Append(' ');
            }

            output.Append(text);
        }

        private int RenderTag(int index, int to, StringBuilder output, bool inCode)
        {
            var token = tokens[index];
            switch (token.Name)
            {
                case "highlight":
                    return Highlight(index, to, output);
                case "comment":
                    var end = FindEnd(index, to, "endcomment");
                    if (end < 0)
                    {
                        Append(output, Unresolved(token, "'{% comment %}' is never closed with '{% endcomment %}'", inCode));
                        return index;
                    }

                    return end;
                case "post_url":
                    Append(output, context.PostUrl(token.Arguments) ?? Unresolved(token, $"there is no post '{token.Arguments}' in the site for post_url", inCode));
                    return index;
                case "link":
                    var path = token.Arguments.Trim('"', '\'');
                    Append(output, context.Link(path) ?? Unresolved(token, $"there is no file '{path}' in the site for link", inCode));
                    return index;
                case "gist" when GistId().IsMatch(token.Arguments) && !inCode && !code.Contains(token.Offset):
                    var id = token.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    Report(token, $"the gist '{id}' is not embedded; it became a link to it");
                    output.Append(CultureInvariant($"[gist {id}](https://gist.github.com/{id})"));
                    return index;
                default:
                    var message = token.Name.Length == 0 ? "an empty tag" : token.Name.StartsWith("end", StringComparison.Ordinal)
                        ? $"'{token.Name}' without its opening tag"
                        : $"the tag '{token.Name}' is not supported at import";
                    Append(output, Unresolved(token, message, inCode));
                    return index;
            }
        }

        private int Highlight(int index, int to, StringBuilder output)
        {
            var token = tokens[index];
            var end = FindEnd(index, to, "endhighlight");
            if (end < 0)
            {
                Append(output, Unresolved(token, "'{% highlight %}' is never closed with '{% endhighlight %}'", inCode: false));
                return index;
            }

            var match = HighlightArguments().Match(token.Arguments);
            var language = match.Success ? match.Groups["lang"].Value : "";
            if (!match.Success)
            {
                Report(token, $"the highlight language '{token.Arguments}' is not one Jekyll accepts; the code block has no language");
            }

            var content = new StringBuilder();
            RenderRange(index + 1, end, content, inCode: true);
            var code = EdgeNewlines().Replace(content.ToString(), "");
            var fence = new string('`', Math.Max(3, LongestFenceRun(code) + 1));
            if (output.Length > 0 && output[^1] != '\n')
            {
                output.Append('\n');
            }

            output.Append(fence).Append(language).Append('\n').Append(code).Append('\n').Append(fence);
            if (end + 1 < tokens.Count && tokens[end + 1] is { Kind: LiquidTokenKind.Text } next && !next.Source.StartsWith('\n') && !next.Source.StartsWith("\r\n", StringComparison.Ordinal))
            {
                output.Append('\n');
            }

            return end;
        }

        private int FindEnd(int index, int to, string name)
        {
            for (var i = index + 1; i < to; i++)
            {
                if (tokens[i].Kind == LiquidTokenKind.Tag && tokens[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private string RenderOutput(LiquidToken token, bool inCode)
        {
            var parts = SplitOutside(token.Markup, '|');
            var value = Evaluate(parts[0].Trim(), out var error);
            if (error is not null)
            {
                return Unresolved(token, error, inCode);
            }

            foreach (var filter in parts.Skip(1))
            {
                value = ApplyFilter(filter.Trim(), value, out error);
                if (error is not null)
                {
                    return Unresolved(token, error, inCode);
                }
            }

            if (value is IReadOnlyDictionary<string, object?>)
            {
                return Unresolved(token, $"'{parts[0].Trim()}' is a mapping, which Jekyll would print as Ruby code", inCode);
            }

            if (value is Missing missing)
            {
                Report(token, $"'{missing.Name}' is not set; it renders empty, as in Jekyll");
                return "";
            }

            return JekyllValues.Render(value);
        }

        private object? Evaluate(string expression, out string? error)
        {
            error = null;
            if (expression.Length == 0)
            {
                error = "an empty output";
                return null;
            }

            if (expression.Length >= 2 && expression[0] is '"' or '\'' && expression[^1] == expression[0])
            {
                return expression[1..^1];
            }

            if (long.TryParse(expression, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            switch (expression)
            {
                case "true":
                    return true;
                case "false":
                    return false;
                case "nil" or "null" or "empty":
                    return null;
            }

            if (!VariablePath().IsMatch(expression))
            {
                error = $"'{expression}' is not an expression the import can read";
                return null;
            }

            var segments = expression.Split('.');
            var root = segments[0];
            if (root is not ("site" or "page") || segments.Length == 1)
            {
                error = $"the variable '{expression}' is not known at import (only site.* and page.*)";
                return null;
            }

            var key = segments[1];
            object? value;
            if (root == "site")
            {
                if (key == "url")
                {
                    value = context.Url;
                }
                else if (key == "baseurl")
                {
                    value = context.BaseUrl;
                }
                else if (DynamicSite.Contains(key))
                {
                    error = $"'site.{key}' is built by Jekyll and not known at import";
                    return null;
                }
                else if (!context.Site.TryGetValue(key, out value))
                {
                    return new Missing(expression);
                }
            }
            else if (DynamicPage.Contains(key) && !context.Page.ContainsKey(key))
            {
                error = $"'page.{key}' is built by Jekyll and not known at import";
                return null;
            }
            else if (!context.Page.TryGetValue(key, out value))
            {
                return new Missing(expression);
            }

            foreach (var segment in segments.Skip(2))
            {
                if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(segment, out var inner))
                {
                    value = inner;
                }
                else if (segment == "size" && value is IReadOnlyList<object?> list)
                {
                    value = (long)list.Count;
                }
                else if (segment is "first" or "last" && value is IReadOnlyList<object?> { Count: > 0 } items)
                {
                    value = segment == "first" ? items[0] : items[^1];
                }
                else
                {
                    return new Missing(expression);
                }
            }

            return value;
        }

        private object? ApplyFilter(string filter, object? input, out string? error)
        {
            error = null;
            var colon = filter.IndexOf(':', StringComparison.Ordinal);
            var name = (colon < 0 ? filter : filter[..colon]).Trim();
            var arguments = colon < 0 ? [] : SplitOutside(filter[(colon + 1)..], ',').Select(a => a.Trim()).ToArray();
            if (input is Missing && name != "default")
            {
                input = null;
            }

            switch (name)
            {
                case "relative_url" when arguments.Length == 0:
                    return JekyllUrls.Relative(context.BaseUrl, JekyllValues.Render(input));
                case "absolute_url" when arguments.Length == 0:
                    return JekyllUrls.Absolute(context.Url, context.BaseUrl, JekyllValues.Render(input));
                case "escape" or "xml_escape" or "escape_once" when arguments.Length == 0:
                    return System.Net.WebUtility.HtmlEncode(JekyllValues.Render(input));
                case "upcase" when arguments.Length == 0:
                    return JekyllValues.Render(input).ToUpperInvariant();
                case "downcase" when arguments.Length == 0:
#pragma warning disable CA1308 // Liquid's downcase is lower case by definition.
                    return JekyllValues.Render(input).ToLowerInvariant();
#pragma warning restore CA1308
                case "capitalize" when arguments.Length == 0:
                    var text = JekyllValues.Render(input);
                    return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
                case "strip" when arguments.Length == 0:
                    return JekyllValues.Render(input).Trim();
                case "default" when arguments.Length == 1:
                    var fallback = Evaluate(arguments[0], out error);
                    return input is null or Missing or false or "" or IReadOnlyList<object?> { Count: 0 } ? fallback is Missing ? null : fallback : input;
                default:
                    error = $"the filter '{name}' is not supported at import";
                    return null;
            }
        }

        private string Unresolved(LiquidToken token, string message, bool inCode)
        {
            var asCode = inCode || code.Contains(token.Offset);
            Report(token, message + (asCode ? "; kept as written in the code" : "; kept as code"));
            return asCode ? token.Source : CodeSpan(token.Source);
        }

        private void Report(LiquidToken token, string message) =>
            Problems.Add(new LiquidProblem(token.Line + lineShift, $"{message}: {token.Source.ReplaceLineEndings(" ")}"));

        private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
    }

    /// <summary>A value that is not set (rendered empty, and reported).</summary>
    private sealed record Missing(string Name);

    /// <summary>Wraps <paramref name="text"/> in a Markdown code span that shows it as written (on one line).</summary>
    public static string CodeSpan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ");
        var longest = 0;
        var run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var ticks = new string('`', longest + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return ticks + pad + line + pad + ticks;
    }

    private static int LongestFenceRun(string code)
    {
        var longest = 0;
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            var run = 0;
            while (run < trimmed.Length && trimmed[run] == '`')
            {
                run++;
            }

            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static List<string> SplitOutside(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    [GeneratedRegex(@"^(?<lang>[a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|""([0-9]+\s)*[0-9]+""))?)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HighlightArguments();

    [GeneratedRegex(@"\A[\r\n]+|[\r\n]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeNewlines();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*(\.[\w-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePath();

    [GeneratedRegex(@"^[\w-]+(/[0-9a-fA-F]+)?(\s+[\w.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GistId();
}
