namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// A variable that is not set: nil to Liquid. <paramref name="KnownRoot"/> tells a key missing from <c>page</c>,
/// <c>site</c> or an assigned value (empty output, as in Jekyll) from a variable the import does not know at all
/// (<c>post.title</c> outside a loop), which an output keeps as code.
/// </summary>
internal sealed record LiquidMissing(string Name, bool KnownRoot);
