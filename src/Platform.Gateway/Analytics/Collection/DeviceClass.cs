namespace Platform.Gateway.Analytics.Collection;

/// <summary>The kind of device a pageview came from.</summary>
public enum DeviceClass
{
    /// <summary>No User-Agent to tell from.</summary>
    Unknown = 0,

    /// <summary>A desktop or laptop computer (and anything not recognised as a phone or tablet).</summary>
    Desktop = 1,

    /// <summary>A phone.</summary>
    Mobile = 2,

    /// <summary>A tablet.</summary>
    Tablet = 3,
}
