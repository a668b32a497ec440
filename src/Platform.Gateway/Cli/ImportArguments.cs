namespace Platform.Gateway.Cli;

/// <summary>The options of <c>import jekyll</c>; <c>--Key=value</c> arguments pass through to configuration.</summary>
internal sealed record ImportArguments(string Blog, bool Create, string? Title, string? TimeZone, string? Locale, string[] ConfigurationArgs, string? Error)
{
    public static ImportArguments Parse(string[] args)
    {
        string? blog = null, title = null, zone = null, locale = null;
        var create = false;
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--blog":
                    blog = Next();
                    break;
                case "--create":
                    create = true;
                    break;
                case "--title":
                    title = Next();
                    break;
                case "--time-zone":
                    zone = Next();
                    break;
                case "--locale":
                    locale = Next();
                    break;
                case var other when other.StartsWith("--", StringComparison.Ordinal) && other.Contains('=', StringComparison.Ordinal):
                    configuration.Add(other);
                    break;
                default:
                    return new ImportArguments("", false, null, null, null, [], $"Unknown argument '{args[i]}'.");
            }
        }

        return blog is null
            ? new ImportArguments("", false, null, null, null, [], "--blog NAME is required.")
            : new ImportArguments(blog, create, title, zone, locale, [.. configuration], null);
    }
}
