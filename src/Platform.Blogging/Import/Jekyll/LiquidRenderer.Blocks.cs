using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>The block tags: <c>if</c>/<c>unless</c>, <c>case</c>, <c>for</c> and <c>capture</c>.</summary>
internal sealed partial class LiquidRenderer
{
    private Flow If(int index, int end, StringBuilder output, bool inCode)
    {
        var negate = _tokens[index].Name == "unless";
        foreach (var (tag, from, to) in LiquidBlocks.Clauses(_tokens, _ends, index, end, "elsif", "else"))
        {
            var token = _tokens[tag];
            bool chosen;
            if (token.Name == "else")
            {
                chosen = true;
            }
            else
            {
                try
                {
                    chosen = Strict(() => LiquidExpression.Condition(token.Arguments, _run.Variables));
                }
                catch (LiquidException exception) when (tag != index)
                {
                    // The clauses before rendered nothing: keep the whole block, reported at the clause that failed.
                    Report(token, exception.Message + "; the block is kept as code");
                    KeepAsCode(index, end, output, inCode);
                    return Flow.Normal;
                }

                chosen = tag == index && negate ? !chosen : chosen;
            }

            if (chosen)
            {
                return RenderRange(from, to, output, inCode);
            }
        }

        return Flow.Normal;
    }

    private Flow Case(int index, int end, StringBuilder output, bool inCode)
    {
        var head = _tokens[index];
        var subject = Strict(() => LiquidExpression.Value(head.Arguments, _run.Variables));
        var clauses = LiquidBlocks.Clauses(_tokens, _ends, index, end, "when", "else").Skip(1).ToList();
        var matches = new List<bool>(clauses.Count);
        foreach (var (tag, _, _) in clauses)
        {
            var token = _tokens[tag];
            matches.Add(token.Name == "when" && Strict(() => LiquidExpression.Alternatives(token.Arguments, _run.Variables)).Any(v => LiquidValues.Equal(subject, v)));
        }

        // As in Liquid 4: every matching 'when' renders; an 'else' renders when none before it matched.
        var matched = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            var (tag, from, to) = clauses[i];
            var render = matches[i] || (_tokens[tag].Name == "else" && !matched);
            matched |= matches[i];
            if (render && RenderRange(from, to, output, inCode) is var flow && flow != Flow.Normal)
            {
                return flow;
            }
        }

        return Flow.Normal;
    }

    private Flow Capture(int index, int end, bool inCode)
    {
        var token = _tokens[index];
        var name = token.Arguments.Trim('"', '\'');
        if (!VariableName().IsMatch(name))
        {
            throw new LiquidException("'capture' takes a variable name");
        }

        var content = new StringBuilder();
        var flow = RenderRange(index + 1, end, content, inCode);
        _run.Variables.Assign(name, content.ToString());
        return flow;
    }

    private Flow For(int index, int end, StringBuilder output, bool inCode)
    {
        var token = _tokens[index];
        var match = ForSyntax().Match(token.Arguments);
        if (!match.Success)
        {
            throw new LiquidException("'for' is written 'for item in collection [limit: n] [offset: n] [reversed]'");
        }

        var rest = match.Groups["rest"].Value;
        var reversed = false;
        string? limitText = null;
        string? offsetText = null;
        rest = ForAttribute().Replace(rest, attribute =>
        {
            switch (attribute.Groups["name"].Value)
            {
                case "reversed":
                    reversed = true;
                    break;
                case "limit":
                    limitText = attribute.Groups["value"].Value;
                    break;
                default:
                    offsetText = attribute.Groups["value"].Value;
                    break;
            }

            return "";
        });
        if (offsetText == "continue")
        {
            throw new LiquidException("'offset: continue' is not supported at import");
        }

        var collection = Strict(() => LiquidExpression.Value(rest.Trim(), _run.Variables));
        var offset = offsetText is null ? 0 : Count(Strict(() => LiquidExpression.Value(offsetText, _run.Variables)));
        long? limit = limitText is null ? null : Count(Strict(() => LiquidExpression.Value(limitText, _run.Variables)));
        var (items, length) = Slice(collection, offset, limit, reversed);
        var clauses = LiquidBlocks.Clauses(_tokens, _ends, index, end, "else");
        var body = clauses[0];
        if (length == 0)
        {
            return clauses.Count > 1 ? RenderRange(clauses[1].From, clauses[1].To, output, inCode) is var elseFlow && elseFlow == Flow.Break ? Flow.Normal : elseFlow : Flow.Normal;
        }

        var name = match.Groups["name"].Value;
        var parent = _run.Variables.Resolve("forloop", [], "forloop") is IReadOnlyDictionary<string, object?> outer ? outer : null;
        _run.Variables.Push();
        try
        {
            long i = 0;
            foreach (var item in items)
            {
                if (!_run.Iterate())
                {
                    break;
                }

                _run.Variables.SetLocal(name, item);
                _run.Variables.SetLocal("forloop", new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["name"] = $"{name}-{rest.Trim()}",
                    ["length"] = length,
                    ["index"] = i + 1,
                    ["index0"] = i,
                    ["rindex"] = length - i,
                    ["rindex0"] = length - i - 1,
                    ["first"] = i == 0,
                    ["last"] = i == length - 1,
                    ["parentloop"] = parent,
                });
                i++;
                if (RenderRange(body.From, body.To, output, inCode) == Flow.Break)
                {
                    break;
                }
            }
        }
        finally
        {
            _run.Variables.Pop();
        }

        return Flow.Normal;
    }

    private static long Count(object? value) => LiquidValues.ToNumber(value) switch
    {
        long integer => Math.Max(0, integer),
        var number => (long)Math.Max(0, Math.Floor((double)number)),
    };

    /// <summary>A loop's items as Liquid 4 takes them: offset and limit first, then reversed; a range is counted, never listed whole.</summary>
    private static (IEnumerable<object?> Items, long Length) Slice(object? collection, long offset, long? limit, bool reversed)
    {
        switch (collection)
        {
            case LiquidRange range:
                var from = range.From + Math.Min(offset, range.Count);
                var count = Math.Max(0, Math.Min(range.Count - Math.Min(offset, range.Count), limit ?? long.MaxValue));
                return (Numbers(from, count, reversed), count);
            case null or LiquidMissing or LiquidEmpty or "" or bool or long or double or DateTimeOffset:
                // Liquid iterates over nothing that is not a list, a mapping, a range or a non-empty string.
                return ([], 0);
        }

        IReadOnlyList<object?> list = collection switch
        {
            IReadOnlyList<object?> items => items,
            IReadOnlyDictionary<string, object?> map => [.. map.Select(pair => (object?)new object?[] { pair.Key, pair.Value })],
            _ => [collection],
        };
        var segment = list.Skip((int)Math.Min(offset, int.MaxValue)).Take((int)Math.Min(limit ?? int.MaxValue, int.MaxValue)).ToList();
        if (reversed)
        {
            segment.Reverse();
        }

        return (segment, segment.Count);
    }

    private static IEnumerable<object?> Numbers(long from, long count, bool reversed)
    {
        for (long i = 0; i < count; i++)
        {
            yield return reversed ? from + count - 1 - i : from + i;
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w-]*)\s+in\s+(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ForSyntax();

    [GeneratedRegex(@"\s+(?<name>reversed)\b|\s*,?\s*\b(?<name>limit|offset)\s*:\s*(?<value>[^\s,]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ForAttribute();
}
