using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Gateway.Studio.Shell;

/// <summary>
/// What every studio page knows about its request: the words in the reader's language, the session's grants, the
/// blog being worked on and the antiforgery token for its forms. One per request; an endpoint fills it in before it
/// renders a page, and the page components read it through <c>@inject</c>.
/// </summary>
internal sealed class StudioPage
{
    public StudioText Text { get; set; } = StudioText.For("en");

    public IReadOnlyList<StudioGrant> Grants { get; set; } = [];

    public string? Blog { get; set; }

    public AntiforgeryTokenSet? Antiforgery { get; set; }

    /// <summary>The signed-in user; null for a session signed in with blog tokens only, or none.</summary>
    public Platform.Blogging.Accounts.UserInfo? User { get; set; }

    public StudioGrant? Grant => Blog is null ? null : Grants.FirstOrDefault(g => string.Equals(g.Blog, Blog, StringComparison.Ordinal));
}
