using AngleSharp.Dom;

namespace Platform.Blogging.Content;

/// <summary>
/// The <c>rel</c> rule for links: a link to an absolute http(s) or protocol-relative URL gets <c>noopener</c>; a
/// link with <c>target="_blank"</c> gets <c>noopener noreferrer</c>. Existing values (such as <c>nofollow</c>)
/// are kept when they are plain tokens.
/// </summary>
internal static class AnchorRel
{
    public static void Apply(IElement anchor)
    {
        string? href = anchor.GetAttribute("href");
        bool external = href is not null && UrlPolicy.IsExternal(href);
        bool blank = anchor.GetAttribute("target") == "_blank";
        var tokens = new List<string>();
        foreach (string token in (anchor.GetAttribute("rel") ?? string.Empty).Split(' ', '\t', '\n', '\r', '\f'))
        {
            string lower = token.ToLowerInvariant();
            if (lower.Length > 0 && lower.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && !tokens.Contains(lower))
            {
                tokens.Add(lower);
            }
        }

        if ((external || blank) && !tokens.Contains("noopener"))
        {
            tokens.Add("noopener");
        }

        if (blank && !tokens.Contains("noreferrer"))
        {
            tokens.Add("noreferrer");
        }

        if (tokens.Count == 0)
        {
            anchor.RemoveAttribute("rel");
        }
        else
        {
            anchor.SetAttribute("rel", string.Join(' ', tokens));
        }
    }
}
