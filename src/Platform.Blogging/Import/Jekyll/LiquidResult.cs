namespace Platform.Blogging.Import.Jekyll;

/// <summary>A post body with its Liquid resolved, and what could not be.</summary>
/// <param name="Text">The body without Liquid (unresolved tags are kept as code, see <see cref="JekyllLiquid"/>).</param>
/// <param name="Problems">Each tag, output or filter that was not resolved, with its line.</param>
public sealed record LiquidResult(string Text, IReadOnlyList<LiquidProblem> Problems);
