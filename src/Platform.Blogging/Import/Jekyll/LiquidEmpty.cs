namespace Platform.Blogging.Import.Jekyll;

/// <summary>Liquid's <c>empty</c> and <c>blank</c> literals, which equal empty strings, lists and mappings (<c>blank</c> also nil, false and spaces).</summary>
internal sealed record LiquidEmpty(bool Blank);
