namespace Platform.Gateway.Cli;

/// <summary>The options of <c>export</c>: <c>--blog NAME --out FILE.zip [--url URL]</c>; <c>--Key=value</c> arguments pass through to configuration.</summary>
internal sealed record ExportArguments(string Blog, string Out, Uri? Url, string[] ConfigurationArgs, string? Error)
{
    public static ExportArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? blog = null, output = null, url = null;
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--blog":
                    blog = Next();
                    break;
                case "--out":
                    output = Next();
                    break;
                case "--url":
                    url = Next();
                    break;
                case var other when other.StartsWith("--", StringComparison.Ordinal) && other.Contains('=', StringComparison.Ordinal):
                    configuration.Add(other);
                    break;
                default:
                    return Failed($"Unknown argument '{args[i]}'.");
            }
        }

        if (string.IsNullOrWhiteSpace(blog))
        {
            return Failed("--blog NAME is required.");
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            return Failed("--out FILE.zip is required.");
        }

        Uri? address = null;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out address) && address.Scheme is "http" or "https" && address.Query.Length == 0 && address.Fragment.Length == 0))
        {
            return Failed($"--url must be the blog's absolute http or https address (e.g. https://blog.example or http://localhost:5000/@{blog}), not '{url}'.");
        }

        return new ExportArguments(blog, output, address, [.. configuration], null);
    }

    private static ExportArguments Failed(string error) => new("", "", null, [], error);
}
