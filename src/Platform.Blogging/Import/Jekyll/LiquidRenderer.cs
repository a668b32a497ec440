using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Renders one template (the post's body, or an include) within a <see cref="LiquidRun"/>. What cannot be
/// resolved is reported and kept as written inside a code span (or as written inside code); see
/// <see cref="JekyllLiquid"/> for what is resolved.
/// </summary>
internal sealed partial class LiquidRenderer
{
    private readonly LiquidRun _run;
    private readonly IReadOnlyList<LiquidToken> _tokens;
    private readonly int[] _ends;
    private readonly MarkdownCodeRegions _code;
    private readonly Func<LiquidToken, (int Line, string Where)> _locate;

    /// <param name="run">The post's rendering.</param>
    /// <param name="parsed">The template.</param>
    /// <param name="locate">The line in the post's file to report a token at, and where it is (empty in the post, the include's path and line otherwise).</param>
    public LiquidRenderer(LiquidRun run, LiquidParsed parsed, Func<LiquidToken, (int Line, string Where)> locate)
    {
        _run = run;
        _tokens = parsed.Template.Tokens;
        _ends = parsed.Ends;
        _code = parsed.Code;
        _locate = locate;
    }

    /// <summary>How rendering goes on after a range: normally, or out of the loop (<c>break</c>) or to its next turn (<c>continue</c>).</summary>
    public enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    /// <summary>Renders the tokens from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public Flow RenderRange(int from, int to, StringBuilder output, bool inCode)
    {
        for (var i = from; i < to && _run.Stopped is null; i++)
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case LiquidTokenKind.Text:
                    _run.Append(output, token.Source);
                    break;
                case LiquidTokenKind.Output:
                    _run.Append(output, RenderOutput(token, inCode));
                    break;
                default:
                    i = RenderTag(i, output, inCode, out var flow);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }

                    break;
            }
        }

        return Flow.Normal;
    }

    /// <summary>Writes the tokens from <paramref name="from"/> to <paramref name="last"/> (included) as they are, each tag and output as code.</summary>
    public void KeepAsCode(int from, int last, StringBuilder output, bool inCode)
    {
        for (var i = from; i <= last && i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            _run.Append(output, token.Kind == LiquidTokenKind.Text ? token.Source : AsCode(token, inCode));
        }
    }

    private int RenderTag(int index, StringBuilder output, bool inCode, out Flow flow)
    {
        flow = Flow.Normal;
        var token = _tokens[index];
        var end = _ends[index];
        if (LiquidBlocks.IsBlock(token.Name) && end < 0)
        {
            _run.Append(output, Unresolved(token, $"'{{% {token.Name} %}}' is never closed with '{{% end{token.Name} %}}'", inCode));
            return index;
        }

        try
        {
            switch (token.Name)
            {
                case "highlight":
                    Highlight(index, end, output);
                    return end;
                case "comment":
                    return end;
                case "if" or "unless":
                    flow = If(index, end, output, inCode);
                    return end;
                case "case":
                    flow = Case(index, end, output, inCode);
                    return end;
                case "for":
                    flow = For(index, end, output, inCode);
                    return end;
                case "capture":
                    flow = Capture(index, end, inCode);
                    return end;
                case "assign":
                    Assign(token);
                    return index;
                case "break" or "continue" when token.Arguments.Length == 0:
                    flow = token.Name == "break" ? Flow.Break : Flow.Continue;
                    return index;
                case "include" or "include_relative":
                    Include(token, output, inCode || _code.Contains(token.Offset));
                    return index;
                case "increment" or "decrement":
                    _run.Append(output, Counter(token));
                    return index;
                case "cycle":
                    _run.Append(output, Cycle(token));
                    return index;
                case "post_url":
                    _run.Append(output, _run.Context.PostUrl(token.Arguments) ?? Unresolved(token, $"there is no post '{token.Arguments}' in the site for post_url", inCode));
                    return index;
                case "link":
                    var path = token.Arguments.Trim('"', '\'');
                    _run.Append(output, _run.Context.Link(path) ?? Unresolved(token, $"there is no file '{path}' in the site for link", inCode));
                    return index;
                case "gist" when GistId().IsMatch(token.Arguments) && !inCode && !_code.Contains(token.Offset):
                    var id = token.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    Report(token, $"the gist '{id}' is not embedded; it became a link to it");
                    _run.Append(output, FormattableString.Invariant($"[gist {id}](https://gist.github.com/{id})"));
                    return index;
                default:
                    var message = token.Name.Length == 0 ? "an empty tag"
                        : token.Name is "else" or "elsif" or "when" ? $"'{token.Name}' outside the block it belongs to"
                        : token.Name.StartsWith("end", StringComparison.Ordinal) ? $"'{token.Name}' without its opening tag"
                        : token.Name is "break" or "continue" ? $"'{token.Name}' takes no arguments"
                        : $"the tag '{token.Name}' is not supported at import";
                    _run.Append(output, Unresolved(token, message, inCode));
                    return index;
            }
        }
        catch (Exception exception) when (exception is LiquidException or RegexMatchTimeoutException)
        {
            // Nothing of a block is written before its head is evaluated, so the whole block is kept as code here.
            var message = exception is LiquidException ? exception.Message : "a filter took too long";
            if (end > index)
            {
                Report(token, message + "; the block is kept as code");
                KeepAsCode(index, end, output, inCode);
                return end;
            }

            _run.Append(output, Unresolved(token, message, inCode));
            return index;
        }
    }

    private void Highlight(int index, int end, StringBuilder output)
    {
        var token = _tokens[index];
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
        var block = new StringBuilder();
        if (output.Length > 0 && output[^1] != '\n')
        {
            block.Append('\n');
        }

        block.Append(fence).Append(language).Append('\n').Append(code).Append('\n').Append(fence);
        if (end + 1 < _tokens.Count && _tokens[end + 1] is { Kind: LiquidTokenKind.Text } next && !next.Source.StartsWith('\n') && !next.Source.StartsWith("\r\n", StringComparison.Ordinal))
        {
            block.Append('\n');
        }

        _run.Append(output, block.ToString());
    }

    private string RenderOutput(LiquidToken token, bool inCode)
    {
        try
        {
            _run.Variables.Unknown.Clear();
            var value = LiquidExpression.Filtered(token.Markup, _run.Variables, _run.Filters);
            if (_run.Variables.Unknown.Count > 0)
            {
                return Unresolved(token, $"the variable '{_run.Variables.Unknown[0]}' is not known at import (only site.*, page.*, include.* and what the post assigns)", inCode);
            }

            switch (value)
            {
                case IReadOnlyDictionary<string, object?>:
                    return Unresolved(token, $"'{token.Markup}' is a mapping, which Jekyll would print as Ruby code", inCode);
                case LiquidMissing missing:
                    Report(token, $"'{missing.Name}' is not set; it renders empty, as in Jekyll");
                    return "";
                default:
                    return LiquidValues.Render(value);
            }
        }
        catch (LiquidException exception)
        {
            return Unresolved(token, exception.Message, inCode);
        }
        catch (RegexMatchTimeoutException)
        {
            return Unresolved(token, "a filter took too long", inCode);
        }
    }

    private void Assign(LiquidToken token)
    {
        var match = AssignSyntax().Match(token.Arguments);
        if (!match.Success)
        {
            throw new LiquidException("'assign' is written 'assign name = value'");
        }

        var value = Evaluate(token, () => LiquidExpression.Filtered(match.Groups["value"].Value, _run.Variables, _run.Filters));
        _run.Variables.Assign(match.Groups["name"].Value, value);
    }

    /// <summary>Evaluates a tag's expression; a variable the import does not know is nil, as in Jekyll, and reported.</summary>
    private T Evaluate<T>(LiquidToken token, Func<T> evaluate)
    {
        _run.Variables.Unknown.Clear();
        var value = evaluate();
        foreach (var name in _run.Variables.Unknown)
        {
            Report(token, $"the variable '{name}' is not known at import; it is nil, as in Jekyll");
        }

        return value is LiquidMissing ? default! : value;
    }

    /// <summary>
    /// Evaluates a block's condition or collection. A variable the import does not know there (<c>paginator</c>,
    /// <c>post</c> outside a loop over posts) is most likely one Jekyll builds from the whole site, so the block is
    /// kept as code rather than rendered as if it were nil.
    /// </summary>
    private T Strict<T>(Func<T> evaluate)
    {
        _run.Variables.Unknown.Clear();
        var value = evaluate();
        if (_run.Variables.Unknown.Count > 0)
        {
            throw new LiquidException($"the variable '{_run.Variables.Unknown[0]}' is not known at import (only site.*, page.*, include.* and what the post assigns)");
        }

        return value is LiquidMissing ? default! : value;
    }

    private string Counter(LiquidToken token)
    {
        var name = token.Arguments;
        if (!VariableName().IsMatch(name))
        {
            throw new LiquidException($"'{token.Name}' takes a variable name");
        }

        var key = "counter:" + name;
        var value = _run.Counters.GetValueOrDefault(key);
        if (token.Name == "increment")
        {
            _run.Counters[key] = value + 1;
            return LiquidValues.Render(value);
        }

        _run.Counters[key] = value - 1;
        return LiquidValues.Render(value - 1);
    }

    private string Cycle(LiquidToken token)
    {
        var match = CycleSyntax().Match(token.Arguments);
        var values = match.Groups["values"].Value;
        var group = match.Groups["group"].Success ? LiquidValues.Render(Evaluate(token, () => LiquidExpression.Value(match.Groups["group"].Value, _run.Variables))) : values;
        var items = Evaluate(token, () => LiquidExpression.Alternatives(values, _run.Variables));
        var key = "cycle:" + group;
        var position = _run.Counters.GetValueOrDefault(key);
        _run.Counters[key] = (position + 1) % items.Count;
        return LiquidValues.Render(items[(int)position]);
    }

    private string Unresolved(LiquidToken token, string message, bool inCode)
    {
        var asCode = inCode || _code.Contains(token.Offset);
        Report(token, message + (asCode ? "; kept as written in the code" : "; kept as code"));
        return AsCode(token, inCode);
    }

    private string AsCode(LiquidToken token, bool inCode) =>
        inCode || _code.Contains(token.Offset) ? token.Source : JekyllLiquid.CodeSpan(token.Source);

    private void Report(LiquidToken token, string message)
    {
        var (line, where) = _locate(token);
        _run.Report(line, $"{where}{message}: {token.Source.ReplaceLineEndings(" ")}");
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

    [GeneratedRegex(@"^(?<lang>[a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|""([0-9]+\s)*[0-9]+""))?)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HighlightArguments();

    [GeneratedRegex(@"\A[\r\n]+|[\r\n]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeNewlines();

    [GeneratedRegex(@"^[\w-]+(/[0-9a-fA-F]+)?(\s+[\w.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GistId();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w-]*)\s*=\s*(?<value>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AssignSyntax();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();

    [GeneratedRegex(@"^(?:(?<group>[^:]+?)\s*:(?!:)\s*)?(?<values>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex CycleSyntax();
}
