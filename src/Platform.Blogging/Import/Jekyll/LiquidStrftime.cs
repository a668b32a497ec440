using System.Globalization;
using System.Text;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Ruby's <c>strftime</c>, which Liquid's <c>date</c> filter calls, for the directives posts use: <c>%Y %C %y %m
/// %B %b %h %d %e %j %H %k %I %l %M %S %L %p %P %A %a %u %w %z %Z %s %F %D %T %R %r %c %x %X %n %t %%</c>, with the
/// flags <c>-</c> (no padding), <c>_</c> (spaces), <c>0</c> (zeros) and <c>^</c> (upper case). Names are English,
/// as in Ruby. <c>%Z</c> gives the offset (<c>+0900</c>): a zone's abbreviation is not known from a date alone.
/// An unknown directive is written as it is, as Ruby does.
/// </summary>
internal static class LiquidStrftime
{
    /// <summary>Formats <paramref name="date"/> with <paramref name="format"/>.</summary>
    public static string Format(DateTimeOffset date, string format)
    {
        var output = new StringBuilder(format.Length * 2);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 >= format.Length)
            {
                output.Append(format[i]);
                continue;
            }

            var start = i;
            char? flag = null;
            var upper = false;
            i++;
            while (i < format.Length && format[i] is '-' or '_' or '0' or '^' or '#')
            {
                if (format[i] == '^')
                {
                    upper = true;
                }
                else if (format[i] != '#')
                {
                    flag = format[i];
                }

                i++;
            }

            if (i >= format.Length)
            {
                output.Append(format[start..]);
                break;
            }

            var text = Directive(date, format[i], flag);
            if (text is null)
            {
                output.Append(format[start..(i + 1)]);
                continue;
            }

            output.Append(upper ? text.ToUpperInvariant() : text);
        }

        return output.ToString();
    }

    private static string? Directive(DateTimeOffset date, char directive, char? flag)
    {
        var english = CultureInfo.InvariantCulture.DateTimeFormat;
        var hour12 = date.Hour % 12 == 0 ? 12 : date.Hour % 12;
        return directive switch
        {
            'Y' => date.Year.ToString(CultureInfo.InvariantCulture),
            'C' => Pad(date.Year / 100, 2, flag, '0'),
            'y' => Pad(date.Year % 100, 2, flag, '0'),
            'm' => Pad(date.Month, 2, flag, '0'),
            'B' => english.GetMonthName(date.Month),
            'b' or 'h' => english.GetAbbreviatedMonthName(date.Month),
            'd' => Pad(date.Day, 2, flag, '0'),
            'e' => Pad(date.Day, 2, flag, ' '),
            'j' => Pad(date.DayOfYear, 3, flag, '0'),
            'H' => Pad(date.Hour, 2, flag, '0'),
            'k' => Pad(date.Hour, 2, flag, ' '),
            'I' => Pad(hour12, 2, flag, '0'),
            'l' => Pad(hour12, 2, flag, ' '),
            'M' => Pad(date.Minute, 2, flag, '0'),
            'S' => Pad(date.Second, 2, flag, '0'),
            'L' => Pad(date.Millisecond, 3, flag, '0'),
            'p' => date.Hour < 12 ? "AM" : "PM",
            'P' => date.Hour < 12 ? "am" : "pm",
            'A' => english.GetDayName(date.DayOfWeek),
            'a' => english.GetAbbreviatedDayName(date.DayOfWeek),
            'u' => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            'w' => ((int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            'z' or 'Z' => Offset(date.Offset),
            's' => date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            'F' => Format(date, "%Y-%m-%d"),
            'D' or 'x' => Format(date, "%m/%d/%y"),
            'T' or 'X' => Format(date, "%H:%M:%S"),
            'R' => Format(date, "%H:%M"),
            'r' => Format(date, "%I:%M:%S %p"),
            'c' => Format(date, "%a %b %e %H:%M:%S %Y"),
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            _ => null,
        };
    }

    private static string Pad(int value, int width, char? flag, char padding)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return flag switch
        {
            '-' => text,
            '_' => text.PadLeft(width, ' '),
            '0' => text.PadLeft(width, '0'),
            _ => text.PadLeft(width, padding),
        };
    }

    /// <summary>An offset as Ruby's <c>%z</c> writes it: <c>+0900</c>.</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
