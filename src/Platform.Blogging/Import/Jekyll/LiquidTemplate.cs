namespace Platform.Blogging.Import.Jekyll;

/// <summary>A tokenized Liquid template, and what Liquid itself would have refused in it.</summary>
public sealed record LiquidTemplate(IReadOnlyList<LiquidToken> Tokens, IReadOnlyList<LiquidProblem> Problems);
