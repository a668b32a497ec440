namespace Platform.Blogging.Import.Jekyll;

/// <summary>A Liquid range, <c>(1..5)</c>: the integers from <paramref name="From"/> to <paramref name="To"/>, both included; never materialised whole.</summary>
internal sealed record LiquidRange(long From, long To)
{
    /// <summary>How many integers the range holds (0 when <see cref="To"/> is below <see cref="From"/>).</summary>
    public long Count => To < From ? 0 : To - From + 1;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{From}..{To}");
}
