using Platform.Blogging.Blogs;

namespace Platform.Gateway.Api.Blogs;

/// <summary>A navigation link as the API reads and writes it.</summary>
internal sealed record NavigationLinkResource(string? Label, string? Url)
{
    public static NavigationLinkResource From(NavigationLink link) => new(link.Label, link.Url);

    public NavigationLink ToLink() => new() { Label = Label ?? "", Url = Url ?? "" };
}
