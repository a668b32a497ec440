using System.Globalization;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using YamlDotNet.Serialization;

namespace Platform.Blogging.Export;

/// <summary>
/// Writes the site's <c>_config.yml</c>: title, description, author, language, the blog's public address as
/// <c>url</c> and <c>baseurl</c>, the permalink pattern in Jekyll's syntax, the time zone, and
/// <c>markdown: kramdown</c> when posts are written in it.
/// </summary>
internal static class JekyllConfigWriter
{
    private static readonly ISerializer s_yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    public static string Write(BlogSettings settings, ExportAddress address, bool kramdown, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(address);
        var config = new Dictionary<string, object>(StringComparer.Ordinal) { ["title"] = settings.Title };
        if (settings.Description.Length > 0)
        {
            config["description"] = settings.Description;
        }

        if (settings.Author.Length > 0)
        {
            config["author"] = settings.Author;
        }

        config["lang"] = settings.Locale;
        config["url"] = address.Url;
        config["baseurl"] = address.BaseUrl;

        // The platform's styles are Jekyll's without ".html"; the pattern itself means the same in both.
        config["permalink"] = PermalinkBuilder.ResolveStyle(settings.PermalinkPattern);
        config["timezone"] = settings.TimeZone;
        if (kramdown)
        {
            config["markdown"] = "kramdown";
        }

        var header = string.Create(
            CultureInfo.InvariantCulture,
            $"# Exported from the blog '{settings.Name}' on {exportedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC ({ExportFormat.Version}).\n"
            + $"# Everything else about the blog (counters, former permalinks, settings) is in {ExportFormat.DocumentPath}.\n");
        return header + s_yaml.Serialize(config).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
