using System.Text;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Turns a Jekyll site into post files the importer stores: reads <c>_config.yml</c> (deciding which settings the
/// blog takes), checks every post's front matter (invalid YAML refuses the whole site, naming file and line), then
/// for each post applies <c>defaults</c>, resolves its Liquid (<see cref="JekyllLiquid"/>), rewrites absolute links
/// to the old site, writes dates with their offset when the site's time zone is not the blog's, and keeps the
/// post's old Jekyll address in <c>redirect_from</c> when it differs from the new one.
/// </summary>
public static class JekyllSitePreparer
{
    /// <summary>Prepares <paramref name="site"/> for <paramref name="settings"/>' blog; nothing is stored.</summary>
    /// <param name="site">The site.</param>
    /// <param name="settings">The blog's settings now.</param>
    /// <param name="blogHasPosts">Whether the blog has posts (then <c>_config.yml</c>'s settings apply only with <see cref="JekyllImportOptions.ApplyConfig"/>).</param>
    /// <param name="options">The import's options.</param>
    /// <param name="maxBodyBytes">Files larger than this are left to the importer, which refuses them.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<JekyllPreparedSite> PrepareAsync(JekyllSite site, BlogSettings settings, bool blogHasPosts, JekyllImportOptions options, int maxBodyBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var config = JekyllConfig.Empty;
        if (site.Config is { } configFile)
        {
            if (configFile.Length > JekyllConfigReader.MaxBytes)
            {
                throw new InvalidInputException("file", $"{configFile.Path} is over {JekyllConfigReader.MaxBytes / 1024} KiB. Nothing was imported.");
            }

            var text = await ReadTextAsync(configFile).ConfigureAwait(false)
                ?? throw new InvalidInputException("file", $"{configFile.Path} is not UTF-8 text. Nothing was imported.");
            config = JekyllConfigReader.Read(configFile.Path, text);
        }

        BlogSettingsUpdate? apply = null;
        var effective = settings;
        if (site.Config is not null)
        {
            var (update, settingNotes) = JekyllSettings.From(config, settings);
            notes.AddRange(settingNotes);
            var changed = JekyllSettings.Changed(settings, update);
            if (changed.Count > 0 && blogHasPosts && !options.ApplyConfig)
            {
                notes.Add($"_config.yml: the blog has posts, so its settings are kept (not applied: {string.Join(", ", changed)}); import with the option to apply the configuration to change them");
            }
            else if (changed.Count > 0)
            {
                apply = update;
                effective = JekyllSettings.Apply(settings, update);
                notes.Add($"_config.yml: the blog's settings take {string.Join(", ", changed)}");
            }
        }

        var siteZone = ResolveZone(config.TimeZone) ?? effective.ResolveTimeZone();
        var blogZone = effective.ResolveTimeZone();
        var posts = await ReadPostsAsync(site, config, siteZone, effective.PermalinkPattern, maxBodyBytes, cancellationToken).ConfigureAwait(false);

        var (newUrl, newBase) = SplitUrl(options.NewUrl);
        var byName = posts.Where(p => !p.IsDraft).GroupBy(p => Path.GetFileNameWithoutExtension(p.File.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byPath = posts.ToDictionary(p => p.File.Path, StringComparer.Ordinal);
        var byOldPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts.Where(p => !p.IsDraft && p.Permalink is not null))
        {
            byOldPath.TryAdd(BlogSnapshot.PermalinkKey(JekyllPermalinks.OldPath(post.Front?.Permalink ?? config.Permalink, post.Values!)), post.Permalink!);
        }

        JekyllLinkRewriter? rewriter = config.Url is { } oldUrl
            ? new JekyllLinkRewriter(new Uri(oldUrl), config.BaseUrl, newUrl, newBase, old => byOldPath.GetValueOrDefault(BlogSnapshot.PermalinkKey(old)))
            : null;

        var siteValues = new Dictionary<string, object?>(config.Values, StringComparer.Ordinal);
        var (data, dataNotes) = await JekyllDataFiles.ReadAsync(site, cancellationToken).ConfigureAwait(false);
        siteValues["data"] = data;
        notes.AddRange(dataNotes);
        var texts = new JekyllTextFiles(site);
        var prepared = new List<ImportSourceFile>(posts.Count);
        var warnings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (post.Text is null || post.Document is null)
            {
                prepared.Add(post.File);
                continue;
            }

            var fileWarnings = new List<string>();
            var own = FrontMatterText.Read(post.Text);
            bool Has(string key) => own?.Children.ContainsKey(new YamlScalarNode(key)) == true;
            var keys = new List<KeyValuePair<string, YamlNode>>();
            if (config.ExcerptSeparator is { } separator && separator != effective.ExcerptSeparator && !Has("excerpt_separator") && keys.All(k => k.Key != "excerpt_separator"))
            {
                keys.Add(new("excerpt_separator", FrontMatterText.Quoted(separator)));
            }

            var page = Page(own, keys, post, config);
            var context = new LiquidContext
            {
                Site = siteValues,
                Page = page,
                Url = newUrl,
                BaseUrl = newBase,
                PostUrl = name => byName.TryGetValue(Path.GetFileName(name.Trim().Trim('/')), out var target) ? target.Permalink : null,
                Link = path => Link(path, site, byPath, fileWarnings),
                SiteFile = texts.Read,
                PostPath = post.File.Path,
            };
            var liquid = JekyllLiquid.Render(post.Document.Body, context, post.Document.BodyStartLine - post.LineShift);
            fileWarnings.AddRange(liquid.Problems.Select(p => p.ToString()));
            var body = liquid.Text;
            if (rewriter is not null)
            {
                try
                {
                    var (rewritten, count) = rewriter.Rewrite(body);
                    body = rewritten;
                    if (count > 0)
                    {
                        fileWarnings.Add($"{count} link(s) to the old site ({config.Url}{config.BaseUrl}) now point at the new blog");
                    }
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    fileWarnings.Add($"links to the old site ({config.Url}{config.BaseUrl}) were not rewritten: the body took too long to scan");
                }
            }

            if (siteZone.Id != blogZone.Id && (post.Front?.Date ?? post.FileDate) is { } date)
            {
                keys.RemoveAll(k => k.Key == "date");
                keys.Add(new("date", new YamlScalarNode(JekyllValues.Render(date)[..19] + date.ToString(" zzz", System.Globalization.CultureInfo.InvariantCulture))));
            }

            if (!post.IsDraft && post.Permalink is not null && RedirectFrom(own, post, config) is { } redirects)
            {
                keys.RemoveAll(k => k.Key == "redirect_from");
                keys.Add(new("redirect_from", new YamlSequenceNode(redirects.Select(r => (YamlNode)FrontMatterText.Quoted(r)))));
            }

            var head = post.Text[..(post.Text.Length - post.Document.Body.Length)];
            var bytes = Encoding.UTF8.GetBytes(FrontMatterText.SetKeys(head + body, keys));
            prepared.Add(new ImportSourceFile(post.File.Path, bytes.Length, () => new MemoryStream(bytes, writable: false)));

            if (fileWarnings.Count > 0)
            {
                warnings[post.File.Path] = fileWarnings;
            }
        }

        var skipped = await PagesAsync(site).ConfigureAwait(false);
        return new JekyllPreparedSite(prepared, skipped, warnings, apply, notes)
        {
            BasePaths = new[] { config.BaseUrl, newBase }.Where(b => b.Trim('/').Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            Origin = newUrl,
        };
    }

    private static Dictionary<string, object?> Page(YamlMappingNode? own, IReadOnlyList<KeyValuePair<string, YamlNode>> defaults, PostFile post, JekyllConfig config)
    {
        var page = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in defaults)
        {
            page[key] = JekyllValues.FromYaml(value);
        }

        if (own is not null && JekyllValues.FromYaml(own) is IReadOnlyDictionary<string, object?> values)
        {
            foreach (var (key, value) in values)
            {
                page[key] = value;
            }
        }

        var front = post.Front!;
        page["title"] = front.Title ?? (page.TryGetValue("title", out var title) ? title : Titleize(post.FileSlug));
        page["slug"] = post.Values?.Slug ?? post.FileSlug;
        page["categories"] = front.Categories.Cast<object?>().ToArray();
        page["tags"] = front.Tags.Cast<object?>().ToArray();
        if ((front.Date ?? post.FileDate) is { } date)
        {
            page["date"] = date;
        }

        if (post.Permalink is not null)
        {
            page["url"] = post.Permalink;
        }

        if (config.ExcerptSeparator is not null && !page.ContainsKey("excerpt_separator"))
        {
            page["excerpt_separator"] = config.ExcerptSeparator;
        }

        return page;
    }

    private static string Titleize(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static List<string>? RedirectFrom(YamlMappingNode? own, PostFile post, JekyllConfig config)
    {
        var old = JekyllPermalinks.OldPath(post.Front!.Permalink ?? config.Permalink, post.Values!);
        if (BlogSnapshot.PermalinkKey(old) == BlogSnapshot.PermalinkKey(post.Permalink!))
        {
            return null;
        }

        var existing = new List<string>();
        if (own?.Children.TryGetValue(new YamlScalarNode("redirect_from"), out var node) == true)
        {
            switch (JekyllValues.FromYaml(node))
            {
                case string one:
                    existing.Add(one);
                    break;
                case IReadOnlyList<object?> many:
                    existing.AddRange(many.OfType<string>());
                    break;
            }
        }

        if (existing.Any(e => BlogSnapshot.PermalinkKey(e) == BlogSnapshot.PermalinkKey(old)))
        {
            return null;
        }

        existing.Add(old);
        return existing;
    }

    private static string? Link(string path, JekyllSite site, Dictionary<string, PostFile> posts, List<string> warnings)
    {
        var relative = path.Trim().TrimStart('/');
        if (posts.TryGetValue(relative, out var post))
        {
            if (post.IsDraft || post.Permalink is null)
            {
                return null;
            }

            return post.Permalink;
        }

        if (!site.Contains(relative))
        {
            return null;
        }

        var extension = Path.GetExtension(relative);
        if (extension is ".md" or ".markdown" or ".html")
        {
            var page = "/" + relative[..^extension.Length] + ".html";
            warnings.Add($"{{% link {path} %}} names a page, which is not imported; it points at {page}");
            return page;
        }

        return "/" + relative;
    }

    private static async Task<IReadOnlyList<ImportFileResult>> PagesAsync(JekyllSite site)
    {
        var results = new List<ImportFileResult>();
        foreach (var file in site.Others.Where(f => Path.GetExtension(f.Path) is ".md" or ".markdown" && !f.Path.Split('/').Any(s => s.StartsWith('_') || s.StartsWith('.'))))
        {
            var text = file.Length <= 1024 * 1024 ? await ReadTextAsync(file).ConfigureAwait(false) : null;
            if (text is not null && text.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal))
            {
                results.Add(new ImportFileResult(file.Path, ImportOutcome.Skipped, null, null, "A page, not a post: the platform has no pages, so pages are not imported."));
            }
        }

        return results;
    }

    private static async Task<List<PostFile>> ReadPostsAsync(JekyllSite site, JekyllConfig config, TimeZoneInfo zone, string pattern, int maxBodyBytes, CancellationToken cancellationToken)
    {
        var posts = new List<PostFile>(site.Posts.Count);
        var yamlErrors = new List<string>();
        foreach (var file in site.Posts.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var isDraft = JekyllDraftName.TryParse(file.Path, out var draftSlug, out _);
            DateTimeOffset? fileDate = null;
            string fileSlug;
            if (isDraft)
            {
                fileSlug = draftSlug;
            }
            else if (JekyllFileName.TryParse(Path.GetFileName(file.Path), zone, out var date, out var slug))
            {
                fileDate = date;
                fileSlug = slug;
            }
            else
            {
                posts.Add(new PostFile(file, false, null, null, null, "", null, null, null));
                continue;
            }

            var text = file.Length <= maxBodyBytes ? await ReadTextAsync(file).ConfigureAwait(false) : null;
            if (text is null || text.Contains('\0', StringComparison.Ordinal))
            {
                posts.Add(new PostFile(file, isDraft, null, null, null, fileSlug, fileDate, null, null));
                continue;
            }

            SourceDocument document;
            try
            {
                document = FrontMatterParser.Parse(text, zone);
            }
            catch (ContentException exception) when (exception.InnerException is YamlException or InvalidOperationException)
            {
                yamlErrors.Add($"{file.Path}: {exception.Message}");
                continue;
            }
            catch (ContentException)
            {
                // A known key with a value of the wrong shape: the importer fails this file alone, with the reason.
                posts.Add(new PostFile(file, isDraft, null, null, null, fileSlug, fileDate, null, null));
                continue;
            }

            // Defaults go into the file first (the post's own keys win), so the post's address, page.* and the
            // stored front matter all see them.
            var own = FrontMatterText.Read(text);
            var defaults = JekyllDefaults.For(config.Defaults, file.Path, isDraft ? "drafts" : "posts")
                .Where(d => own?.Children.ContainsKey(new YamlScalarNode(d.Key)) != true).ToArray();
            var lineShift = 0;
            if (defaults.Length > 0)
            {
                var before = text.Count(c => c == '\n');
                text = FrontMatterText.SetKeys(text, defaults);
                lineShift = text.Count(c => c == '\n') - before;
                try
                {
                    document = FrontMatterParser.Parse(text, zone);
                }
                catch (ContentException exception)
                {
                    yamlErrors.Add($"{file.Path}: with _config.yml's defaults, {exception.Message}");
                    continue;
                }
            }

            var front = document.FrontMatter;
            var values = new PermalinkValues(SlugGenerator.Generate(front.Slug ?? fileSlug), front.Date ?? fileDate ?? DateTimeOffset.UnixEpoch, front.Categories);
            string? permalink = null;
            try
            {
                permalink = isDraft ? null : PermalinkBuilder.Build(string.IsNullOrWhiteSpace(front.Permalink) ? pattern : front.Permalink, values).Path;
            }
            catch (ContentException)
            {
                permalink = null;
            }

            posts.Add(new PostFile(file, isDraft, text, document, front, fileSlug, fileDate, values, permalink, lineShift));
        }

        if (yamlErrors.Count > 0)
        {
            throw new InvalidInputException("file", $"Invalid YAML front matter, so nothing was imported: {string.Join("; ", yamlErrors.Take(20))}{(yamlErrors.Count > 20 ? $"; and {yamlErrors.Count - 20} more" : "")}");
        }

        return posts;
    }

    private static async Task<string?> ReadTextAsync(ImportSourceFile file)
    {
        try
        {
            var stream = file.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                return (await reader.ReadToEndAsync().ConfigureAwait(false)).TrimStart('\uFEFF');
            }
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static TimeZoneInfo? ResolveZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    private static (string Url, string BaseUrl) SplitUrl(Uri? url)
    {
        if (url is null)
        {
            return ("", "");
        }

        var origin = url.GetLeftPart(UriPartial.Authority);
        var path = url.AbsolutePath.TrimEnd('/');
        return (origin, path);
    }

    /// <summary>A post or draft file as read: its text and front matter, and the address it gets.</summary>
    private sealed record PostFile(
        ImportSourceFile File, bool IsDraft, string? Text, SourceDocument? Document, FrontMatter? Front, string FileSlug, DateTimeOffset? FileDate, PermalinkValues? Values, string? Permalink, int LineShift = 0);
}
