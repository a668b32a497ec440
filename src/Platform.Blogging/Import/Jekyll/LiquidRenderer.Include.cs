using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// <c>{% include file.html key="value" other=page.x %}</c> from the site's <c>_includes</c> folder and
/// <c>{% include_relative file.md %}</c> from the post's folder, as Jekyll 3 reads them: the file name may be
/// built from outputs (<c>{{ page.kind }}.html</c>), must use only the characters Jekyll accepts and no <c>..</c>
/// or <c>//</c>; the parameters are <c>include.*</c> inside, in a scope of their own; the file's text is rendered as
/// Liquid in place (Markdown and HTML alike: the post's render pipeline sanitises it afterwards).
/// </summary>
internal sealed partial class LiquidRenderer
{
    private void Include(LiquidToken token, StringBuilder output, bool inCode)
    {
        var relative = token.Name == "include_relative";
        var match = IncludeSyntax().Match(token.Arguments);
        if (!match.Success)
        {
            throw new LiquidException($"'{token.Name}' names no file");
        }

        var file = match.Groups["file"].Value;
        if (file.Contains("{{", StringComparison.Ordinal))
        {
            file = RenderName(token, file);
        }

        if (!ValidFileName().IsMatch(file) || InvalidSequence().IsMatch(file) || file.StartsWith('/'))
        {
            throw new LiquidException($"'{file}' is not a file name Jekyll accepts in {token.Name} (letters, digits, / . - _ ( ) + ~ # @, no '..' or '//')");
        }

        var parameters = Parameters(token, match.Groups["params"].Value);
        var folder = _run.Context.PostPath.LastIndexOf('/') is var slash and >= 0 ? _run.Context.PostPath[..(slash + 1)] : "";
        var path = relative ? folder + file : "_includes/" + file;
        if (_run.IncludeDepth >= _run.Context.MaxIncludeDepth)
        {
            throw new LiquidException($"includes nest deeper than {_run.Context.MaxIncludeDepth} (does '{path}' include itself?)");
        }

        if (!_run.Includes.TryGetValue(path, out var parsed))
        {
            parsed = _run.Context.SiteFile(path) is { } text ? LiquidParsed.Parse(text) : null;
            _run.Includes[path] = parsed;
        }

        if (parsed is null)
        {
            throw new LiquidException(relative
                ? $"the file '{path}' of 'include_relative' is not a text file of the site"
                : $"the file '{file}' of 'include' is not in the site's _includes folder");
        }

        var (line, _) = _locate(token);
        foreach (var problem in parsed.Template.Problems)
        {
            _run.Report(line, $"in {path} line {problem.Line}: {problem.Message}");
        }

        var inner = new LiquidRenderer(_run, parsed, inside => (line, $"in {path} line {inside.Line}: "));
        _run.IncludeDepth++;
        _run.Variables.Push();
        try
        {
            _run.Variables.SetLocal("include", parameters);

            inner.RenderRange(0, parsed.Template.Tokens.Count, output, inCode);
        }
        finally
        {
            _run.Variables.Pop();
            _run.IncludeDepth--;
        }
    }

    private Dictionary<string, object?> Parameters(LiquidToken token, string text)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var position = 0;
        foreach (Match parameter in IncludeParameter().Matches(text))
        {
            if (text[position..parameter.Index].Trim().Length > 0)
            {
                break;
            }

            var value = parameter.Groups["double"].Success ? Unescape(parameter.Groups["double"].Value, '"')
                : parameter.Groups["single"].Success ? Unescape(parameter.Groups["single"].Value, '\'')
                : Evaluate(token, () => LiquidExpression.Value(parameter.Groups["variable"].Value, _run.Variables));
            parameters[parameter.Groups["key"].Value] = value;
            position = parameter.Index + parameter.Length;
        }

        if (text[position..].Trim().Length > 0)
        {
            throw new LiquidException($"the parameters '{text.Trim()}' are not key=\"value\" or key=variable, as Jekyll requires");
        }

        return parameters;
    }

    private static string Unescape(string text, char quote) => text.Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);

    /// <summary>A file name built from outputs, <c>{{ page.kind }}.html</c>; tags are not allowed in it.</summary>
    private string RenderName(LiquidToken token, string file)
    {
        var name = new StringBuilder();
        foreach (var part in LiquidTokenizer.Tokenize(file).Tokens)
        {
            name.Append(part.Kind switch
            {
                LiquidTokenKind.Text => part.Source,
                LiquidTokenKind.Output => LiquidValues.Render(Evaluate(token, () => LiquidExpression.Filtered(part.Markup, _run.Variables, _run.Filters))),
                _ => throw new LiquidException($"a tag in the file name of {token.Name}"),
            });
        }

        return name.ToString().Trim();
    }

    [GeneratedRegex(@"^(?<file>(?:\{\{.*?\}\}|[^\s{])+)(?<params>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex IncludeSyntax();

    [GeneratedRegex(@"^[A-Za-z0-9_/.\-()+~#@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidFileName();

    [GeneratedRegex(@"[./]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidSequence();

    [GeneratedRegex(@"(?<key>[\w-]+)\s*=\s*(?:""(?<double>[^""\\]*(?:\\.[^""\\]*)*)""|'(?<single>[^'\\]*(?:\\.[^'\\]*)*)'|(?<variable>[\w.\-\[\]]+))", RegexOptions.CultureInvariant)]
    private static partial Regex IncludeParameter();
}
