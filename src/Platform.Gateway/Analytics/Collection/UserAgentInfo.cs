namespace Platform.Gateway.Analytics.Collection;

/// <summary>What a User-Agent says about the visitor's software and device.</summary>
/// <param name="Browser">The uap-core browser family, e.g. "Chrome", "Mobile Safari", "Samsung Internet"; <see cref="Unknown"/> when not recognised.</param>
/// <param name="Os">The uap-core OS family, e.g. "Windows", "Mac OS X", "iOS", "Android"; <see cref="Unknown"/> when not recognised.</param>
/// <param name="Device">Desktop, mobile or tablet.</param>
public sealed record UserAgentInfo(string Browser, string Os, DeviceClass Device)
{
    /// <summary>The browser or OS of a User-Agent that nothing recognised (uap-core's "Other"), or of any User-Agent when the regexes are not loaded.</summary>
    public const string Unknown = "Unknown";

    /// <summary>The result for an empty User-Agent.</summary>
    public static UserAgentInfo None { get; } = new(Unknown, Unknown, DeviceClass.Unknown);
}
