namespace Platform.Gateway.Pages;

/// <summary>
/// The security headers of every answer under a blog's host: a strict Content-Security-Policy, no sniffing and a
/// referrer policy. Blog pages run no script at all (the sanitiser drops scripts, styles, frames and event handlers
/// from posts, and the theme has none), so the policy allows none; the JSON-LD block is data, which CSP does not
/// govern. Images and media may come from any HTTPS host, as posts link them; styles and fonts only from the blog.
/// </summary>
internal static class BlogHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' https: data:; media-src 'self' https:; " +
        "font-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
    }
}
