namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// In-app browsers that uap-core 0.18 does not name (it reports them as "Chrome Mobile WebView" or "Mobile Safari
/// UI/WKWebView"), told by the token their apps add to the User-Agent. They carry much of a Korean blog's mobile
/// traffic, so they are checked before uap-core's browser list.
/// </summary>
internal static class InAppBrowsers
{
    private static readonly (string Token, string Family)[] s_apps =
    [
        ("NAVER(inapp", "NAVER"),
        ("KAKAOTALK", "KakaoTalk"),
        ("DaumApps", "Daum"),
    ];

    /// <summary>The app's name, or null when the User-Agent names none of these apps.</summary>
    public static string? Family(string userAgent)
    {
        foreach (var (token, family) in s_apps)
        {
            if (userAgent.Contains(token, StringComparison.Ordinal))
            {
                return family;
            }
        }

        return null;
    }
}
