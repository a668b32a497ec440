using System.Text;
using static Platform.Gateway.Studio.StudioLayout;

namespace Platform.Gateway.Studio;

/// <summary>The sign-in form: one field, a blog token, posted with an antiforgery token.</summary>
internal static class SignInPage
{
    public static string Render(StudioText text, string antiforgeryField, string? error, string? returnUrl, IReadOnlyList<StudioGrant> grants)
    {
        var body = new StringBuilder();
        if (grants.Count > 0)
        {
            body.Append("<section class=\"card\"><h1>").Append(E(text.YourBlogs)).Append("</h1><ul class=\"blog-list\">");
            foreach (var grant in grants)
            {
                body.Append("<li><a href=\"/studio/").Append(Uri.EscapeDataString(grant.Blog)).Append("/analytics\">")
                    .Append(E(grant.Blog)).Append("</a> <span class=\"role\">").Append(E(grant.Role.ToString().ToLowerInvariant())).Append("</span></li>");
            }

            body.Append("</ul></section>");
        }

        body.Append("<section class=\"card signin\"><h1>").Append(E(text.SignIn)).Append("</h1>");
        if (error is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\" id=\"signin-error\">").Append(E(error)).Append("</p>");
        }

        body.Append("<form method=\"post\" action=\"/studio/signin\">").Append(antiforgeryField);
        if (returnUrl is not null)
        {
            body.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">");
        }

        body.Append("<label for=\"token\">").Append(E(text.Token)).Append("</label>")
            .Append("<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required maxlength=\"200\" aria-describedby=\"token-help")
            .Append(error is null ? "" : " signin-error").Append("\">")
            .Append("<p id=\"token-help\" class=\"help\">").Append(E(text.TokenHelp)).Append("</p>")
            .Append("<button type=\"submit\">").Append(E(text.SignIn)).Append("</button></form></section>");
        return body.ToString();
    }
}
