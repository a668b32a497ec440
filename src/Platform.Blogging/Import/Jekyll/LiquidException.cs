namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Why a Liquid expression, tag or filter could not be evaluated at import (a value Jekyll builds at build time, a
/// comparison Liquid refuses, a filter the import does not know). The renderer reports it with the token's line and
/// keeps the token as code; it never leaves <see cref="JekyllLiquid"/>.
/// </summary>
internal sealed class LiquidException : Exception
{
    public LiquidException()
    {
    }

    public LiquidException(string message)
        : base(message)
    {
    }

    public LiquidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
