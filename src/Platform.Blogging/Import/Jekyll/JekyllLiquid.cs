using System.Text;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Renders the Liquid of a Jekyll post's body at import, as Jekyll would at build, so the stored Markdown holds
/// none. Like Jekyll, Liquid is rendered everywhere in the body, inside code spans and fenced code too; only
/// <c>{% raw %}</c> keeps it as written.
/// <list type="bullet">
/// <item><c>{% raw %}</c>, <c>{% comment %}</c>, <c>{% highlight lang %}</c> (a fenced code block),
/// <c>{% post_url %}</c> and <c>{% link %}</c> (the new paths), <c>{% gist %}</c> (a link, reported).</item>
/// <item>Variables and control flow: <c>assign</c>, <c>capture</c>, <c>if</c>/<c>elsif</c>/<c>else</c>,
/// <c>unless</c>, <c>case</c>/<c>when</c>, <c>for</c> (with <c>limit</c>, <c>offset</c>, <c>reversed</c>,
/// <c>else</c>, <c>forloop.*</c>, <c>break</c>, <c>continue</c>) over lists, mappings and ranges,
/// <c>increment</c>, <c>decrement</c>, <c>cycle</c> (see <see cref="LiquidExpression"/> for conditions).</item>
/// <item><c>{% include %}</c> from <c>_includes</c> and <c>{% include_relative %}</c>, with <c>include.*</c>.</item>
/// <item><c>site.*</c> (<c>_config.yml</c>, <c>site.url</c>/<c>site.baseurl</c> of the new blog, <c>site.data</c>
/// when given), <c>page.*</c> (front matter) and the filters of <see cref="LiquidFilters"/>.</item>
/// </list>
/// Anything else (another tag, an unknown filter or variable, a value Jekyll builds from the whole site such as
/// <c>site.posts</c>) is reported with its line and kept, as written, inside a code span, so readers see it as code
/// instead of it vanishing; inside code it is kept as written. A block whose condition or collection cannot be
/// evaluated is kept whole that way. A <c>page.*</c> or <c>site.*</c> value that is not set renders empty, as in
/// Jekyll, and is reported. Past <see cref="LiquidContext.MaxIterations"/> loop turns or
/// <see cref="LiquidContext.MaxOutputChars"/> characters, the whole body is kept with every tag as code, reported.
/// </summary>
public static class JekyllLiquid
{
    /// <summary>Renders the Liquid in <paramref name="body"/>.</summary>
    /// <param name="body">The post's body (after the front matter).</param>
    /// <param name="context">What the Liquid can see.</param>
    /// <param name="firstLine">The line of the file the body starts on, for the problems' lines.</param>
    public static LiquidResult Render(string body, LiquidContext context, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        var parsed = LiquidParsed.Parse(body);
        var run = new LiquidRun(context);
        var shift = firstLine - 1;
        var renderer = new LiquidRenderer(run, parsed, token => (token.Line + shift, ""));
        var tokenizing = parsed.Template.Problems.Select(p => p with { Line = p.Line + shift }).ToList();
        var text = new StringBuilder(body.Length);
        renderer.RenderRange(0, parsed.Template.Tokens.Count, text, inCode: false);
        if (run.Stopped is { } reason)
        {
            // Untrusted input: past a limit nothing of the partial render is kept; the body stays as written, its
            // Liquid as code, so nothing is lost and the author sees what to fix.
            var kept = new StringBuilder(body.Length);
            var fallback = new LiquidRun(context with { MaxOutputChars = int.MaxValue });
            new LiquidRenderer(fallback, parsed, token => (token.Line + shift, "")).KeepAsCode(0, parsed.Template.Tokens.Count - 1, kept, inCode: false);
            tokenizing.Add(new LiquidProblem(firstLine, $"{reason}, over the import's limit; the post's Liquid is kept as code, not rendered"));
            return new LiquidResult(kept.ToString(), [.. tokenizing.OrderBy(p => p.Line)]);
        }

        return new LiquidResult(text.ToString(), [.. tokenizing.Concat(run.Problems).OrderBy(p => p.Line)]);
    }

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
}
