using System.Globalization;

namespace Platform.Gateway.Studio.Charts;

/// <summary>Coordinates as SVG reads them: invariant culture ('.' decimals whatever the server's culture), one decimal.</summary>
internal static class SvgNumber
{
    /// <summary><paramref name="value"/> rounded to one decimal, without trailing zeros; non-finite values are written as 0.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "0";
        }

        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
