using System.Net;
using System.Text;
using Platform.Gateway.Assets;

namespace Platform.Gateway.Studio;

/// <summary>The studio's page shell: head, the header with the blog switcher and sign-out, and the main area.</summary>
internal static class StudioLayout
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Page(StudioText text, string title, string body, IReadOnlyList<StudioGrant> grants, string? currentBlog, string? antiforgeryField)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(grants);
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"").Append(text.Lang).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(E(title)).Append(" · ").Append(E(text.Studio)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(E(SiteAssets.StudioStylesheetHref)).Append("\">")
            .Append("<script type=\"module\" src=\"").Append(E(SiteAssets.StudioScriptHref)).Append("\"></script>")
            .Append("</head><body class=\"studio\"><header class=\"studio-header\"><a class=\"studio-home\" href=\"/studio\">")
            .Append(E(text.Studio)).Append("</a>");
        if (grants.Count > 0)
        {
            html.Append("<nav class=\"blog-switcher\" aria-label=\"").Append(E(text.YourBlogs)).Append("\"><ul>");
            foreach (var grant in grants)
            {
                var current = string.Equals(grant.Blog, currentBlog, StringComparison.Ordinal);
                html.Append("<li><a href=\"/studio/").Append(Uri.EscapeDataString(grant.Blog)).Append("/analytics\"")
                    .Append(current ? " aria-current=\"page\"" : "").Append('>').Append(E(grant.Blog)).Append("</a></li>");
            }

            html.Append("</ul></nav>");
            if (antiforgeryField is not null)
            {
                html.Append("<form method=\"post\" action=\"/studio/signout\" class=\"signout\">").Append(antiforgeryField)
                    .Append("<button type=\"submit\">").Append(E(text.SignOut)).Append("</button></form>");
            }
        }

        html.Append("</header><main id=\"main\" class=\"studio-main\">").Append(body).Append("</main></body></html>");
        return html.ToString();
    }
}
