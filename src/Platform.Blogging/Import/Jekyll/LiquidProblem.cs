namespace Platform.Blogging.Import.Jekyll;

/// <summary>Something in a post's Liquid that the import could not resolve, with its line in the file's body.</summary>
public sealed record LiquidProblem(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Message}";
}
