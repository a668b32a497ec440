using System.Text.RegularExpressions;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// Desktop, mobile or tablet, from the User-Agent and what uap-core made of it. uap-core names devices but does not
/// class them, so the rules are these: a tablet when the device is an iPad, says "Tablet" or is a "Tab" model, or the
/// User-Agent is Android without "Mobile" (Android tablets leave it out; phones send it), or says "Tablet" (Firefox
/// on Android tablets; not Windows' "Tablet PC"); a phone when the OS is a
/// mobile one or the User-Agent says "Mobi" (the convention browsers follow); otherwise a desktop.
/// </summary>
internal static partial class DeviceClassifier
{
    private static readonly HashSet<string> s_mobileSystems = new(StringComparer.OrdinalIgnoreCase)
    {
        "iOS", "Android", "Windows Phone", "Windows Mobile", "BlackBerry OS", "BlackBerry Tablet OS", "KaiOS",
        "Firefox OS", "Symbian OS", "Symbian^3", "Tizen", "webOS", "HarmonyOS", "Sailfish", "Ubuntu Touch", "MeeGo",
    };

    public static DeviceClass Classify(string userAgent, string? os, string? device, string? brand, string? model)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return DeviceClass.Unknown;
        }

        var android = string.Equals(os, "Android", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains("Android", StringComparison.OrdinalIgnoreCase);
        if (IsTabletName(device) || IsTabletName(model) || IsTabletName(brand)
            || userAgent.Contains("iPad", StringComparison.Ordinal)
            || (userAgent.Contains("Tablet", StringComparison.OrdinalIgnoreCase) && !userAgent.Contains("Tablet PC", StringComparison.OrdinalIgnoreCase))
            || (android && !userAgent.Contains("Mobile", StringComparison.OrdinalIgnoreCase)))
        {
            return DeviceClass.Tablet;
        }

        if ((os is not null && s_mobileSystems.Contains(os))
            || userAgent.Contains("Mobi", StringComparison.Ordinal)
            || userAgent.Contains("iPhone", StringComparison.Ordinal)
            || android)
        {
            return DeviceClass.Mobile;
        }

        return DeviceClass.Desktop;
    }

    private static bool IsTabletName(string? name) =>
        name is not null
        && (name.Contains("iPad", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Tablet", StringComparison.OrdinalIgnoreCase)
            || TabWord().IsMatch(name));

    /// <summary>"Tab" as a word of a model name, as in "Galaxy Tab S9" or "Lenovo TAB M10".</summary>
    [GeneratedRegex(@"(?<![A-Za-z])Tab(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TabWord();
}
