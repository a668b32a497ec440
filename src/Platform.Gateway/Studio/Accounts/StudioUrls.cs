namespace Platform.Gateway.Studio.Accounts;

/// <summary>Absolute studio links for mail, on the host the request came to (the platform's own host).</summary>
internal static class StudioUrls
{
    public static string Invitation(HttpRequest request, string token) => Origin(request) + "/studio/invitations/accept?token=" + Uri.EscapeDataString(token);

    public static string Reset(HttpRequest request, string token) => Origin(request) + "/studio/password/reset?token=" + Uri.EscapeDataString(token);

    private static string Origin(HttpRequest request) => request.Scheme + "://" + request.Host.ToUriComponent() + request.PathBase.ToUriComponent();
}
