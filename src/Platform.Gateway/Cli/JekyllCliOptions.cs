using Platform.Blogging.Import.Jekyll;

namespace Platform.Gateway.Cli;

/// <summary>
/// The options only <c>import jekyll</c> has: <c>--url URL</c> (the new blog's public address, for
/// <c>{{ site.url }}</c> and links to the old site; without it they become root-relative) and
/// <c>--apply-config</c> (apply <c>_config.yml</c>'s settings to a blog that has posts already).
/// </summary>
internal static class JekyllCliOptions
{
    public static (string[] Others, JekyllImportOptions Options, string? Error) Take(string[] args)
    {
        var rest = new List<string>();
        var options = JekyllImportOptions.Default;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--url":
                    if (i + 1 >= args.Length || !Uri.TryCreate(args[++i], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0)
                    {
                        return ([], options, "--url needs the new blog's absolute http or https address (e.g. https://notes.example or http://localhost:5000/@notes).");
                    }

                    options = options with { NewUrl = url };
                    break;
                case "--apply-config":
                    options = options with { ApplyConfig = true };
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return ([.. rest], options, null);
    }
}
