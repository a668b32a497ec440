using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.Blogging.Caching;
using Platform.Blogging.Counters;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;
using Platform.Gateway.Analytics;
using Platform.Gateway.Errors;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Pages;

/// <summary>
/// Serves a blog's pages once tenancy has named the blog: home and its pages, posts (and 301s from old permalinks),
/// tags, categories, the archive, feeds, likes, and the blog's own 404; the platform's 404 when the blog does not exist.
/// </summary>
internal sealed class BlogPages(BlogSnapshots blogs, PostSnapshots posts, ViewCounter counter, PageCache cache, LikeLimiter likes, FeedResponses feeds, PageviewRecorder analytics) : IBlogPageHandler
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const string PageCacheControl = "public, no-cache";
    public async Task HandleAsync(HttpContext context, BlogContext blog)
    {
        BlogHeaders.Apply(context.Response);
        var (settings, counted) = await ServeAsync(context, blog);

        // List pages (home, tags, categories, the archive) count for analytics here; posts count in PostAsync.
        var response = context.Response;
        if (settings is not null && !counted && response.StatusCode == StatusCodes.Status200OK
            && response.ContentType is { } type && type.StartsWith("text/html", StringComparison.Ordinal))
        {
            await analytics.RecordAsync(context, settings.Name, settings.TimeZone, context.Request.Path.Value ?? "/");
        }
    }

    /// <summary>Serves the page; returns the blog's settings (null when there is no blog) and whether the page counted its own view.</summary>
    private async Task<(BlogSettings? Settings, bool Counted)> ServeAsync(HttpContext context, BlogContext blog)
    {
        var request = context.Request;
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);
        if (!isRead && !isPost)
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return (null, false);
        }

        var snapshot = await blogs.GetAsync(blog.Blog);
        if (snapshot is null)
        {
            await PlatformErrorPage.WriteAsync(context, StatusCodes.Status404NotFound);
            return (null, false);
        }

        var page = new PageContext(snapshot, new PageLinks(string.Concat(request.Scheme, "://", request.Host.Value), blog.PathBase.Value ?? ""));
        var path = request.Path.Value ?? "/";
        var key = string.Concat(blog.Blog, "|", page.Links.Origin, page.Links.PathBase, "|");
        if (!isPost && !IsPlatformPath(path))
        {
            return (snapshot.Settings, await PostAsync(context, page, key, path));
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        if (isPost)
        {
            if (segments is ["_platform", "like", var postId])
            {
                await LikeAsync(context, page, Uri.UnescapeDataString(postId));
                return (snapshot.Settings, false);
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return (snapshot.Settings, false);
        }

        if (await feeds.TryServeAsync(context, page, segments))
        {
            return (snapshot.Settings, false);
        }

        var pageSize = PostList.PageSize(snapshot.Settings);
        switch (segments)
        {
            case []:
                await CachedPageWriter.ServeAsync(context, cache.GetOrRender(key + "home", snapshot.PageVersion, () => Html(ListPages.Home(page, 1), snapshot)));
                return (snapshot.Settings, false);
            case ["page", var n] when TryPage(n, snapshot.Published.Count, pageSize, out var number):
                if (number == 1 || !path.EndsWith('/'))
                {
                    Redirect(context, page.Links.HomePage(number));
                    return (snapshot.Settings, false);
                }

                await CachedPageWriter.ServeAsync(context, cache.GetOrRender(key + "home/" + n, snapshot.PageVersion, () => Html(ListPages.Home(page, number), snapshot)));
                return (snapshot.Settings, false);
            case ["archive"]:
                await ServeListAsync(context, path, page.Links.Archive, () => cache.GetOrRender(key + "archive", snapshot.PageVersion, () => Html(ListPages.Archive(page, 1), snapshot)));
                return (snapshot.Settings, false);
            case ["archive", "page", var n] when TryPage(n, snapshot.Published.Count, PostList.MaxPageSize, out var number):
                if (number == 1)
                {
                    Redirect(context, page.Links.Archive);
                    return (snapshot.Settings, false);
                }

                await ServeListAsync(context, path, page.Links.ArchivePage(number), () => cache.GetOrRender(key + "archive/" + n, snapshot.PageVersion, () => Html(ListPages.Archive(page, number), snapshot)));
                return (snapshot.Settings, false);
            case ["tags"]:
                await ServeListAsync(context, path, page.Links.TagIndex, () => cache.GetOrRender(key + "tags", snapshot.PageVersion, () => Html(ListPages.TagIndex(page), snapshot)));
                return (snapshot.Settings, false);
            case ["tags", var tag]:
                await TagAsync(context, page, key, Uri.UnescapeDataString(tag), 1, path);
                return (snapshot.Settings, false);
            case ["tags", var tag, "page", var n] when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1:
                await TagAsync(context, page, key, Uri.UnescapeDataString(tag), number, path);
                return (snapshot.Settings, false);
            case ["categories"]:
                await ServeListAsync(context, path, page.Links.CategoryIndex, () => cache.GetOrRender(key + "categories", snapshot.PageVersion, () => Html(ListPages.CategoryIndex(page), snapshot)));
                return (snapshot.Settings, false);
            case ["categories", ..]:
                await CategoryAsync(context, page, key, [.. segments[1..].Select(Uri.UnescapeDataString)], path);
                return (snapshot.Settings, false);
        }

        return (snapshot.Settings, await PostAsync(context, page, key, path));
    }

    private async Task<bool> PostAsync(HttpContext context, PageContext page, string key, string path)
    {
        var snapshot = page.Snapshot;
        if (!snapshot.TryFindPublished(path, out var entry))
        {
            if (snapshot.TryFindRedirect(path, out var moved))
            {
                Redirect(context, page.Links.Post(moved));
                return true;
            }

            await NotFoundAsync(context, page, key);
            return true;
        }

        if (!string.Equals(path, entry.Permalink, StringComparison.Ordinal) && !string.Equals(path.Normalize(NormalizationForm.FormC), entry.Permalink, StringComparison.Ordinal))
        {
            Redirect(context, page.Links.Post(entry));
            return true;
        }

        var blogName = snapshot.Settings.Name;
        var post = await posts.GetAsync(blogName, entry.Id);
        if (post is null)
        {
            await NotFoundAsync(context, page, key);
            return true;
        }

        if (analytics.IsView(context.Request))
        {
            counter.RecordView(blogName, entry.Id, post.Zone);
            await analytics.RecordViewAsync(context, blogName, snapshot.Settings.TimeZone, path, entry.Tags, entry.Categories);
        }

        var template = cache.GetOrRender(key + "post/" + entry.Id, snapshot.PageVersion, post.Revision, () => PostPageTemplate.Render(page, entry, post));
        var response = context.Response;
        Conditional.SetValidators(response, template.ETag, template.LastModifiedHttpDate, PageCacheControl);
        if (Conditional.IsNotModified(context.Request, template.ETag, template.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        Span<byte> views = stackalloc byte[32];
        Span<byte> likesCount = stackalloc byte[32];
        var (unsentViews, unsentLikes) = counter.Unsent(blogName, entry.Id);
        var (viewTotal, likeTotal) = (post.Views + unsentViews, post.Likes + unsentLikes);
        viewTotal.TryFormat(views, out var viewsLength, "N0", template.Chrome.Culture);
        likeTotal.TryFormat(likesCount, out var likesLength, "N0", template.Chrome.Culture);
        var viewsUnit = template.Chrome.ViewsUnit(viewTotal);
        var likesUnit = template.Chrome.LikesUnit(likeTotal);
        response.ContentType = HtmlType;
        response.ContentLength = template.Head.Length + viewsLength + viewsUnit.Length + template.Middle.Length + likesLength + likesUnit.Length + template.Tail.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return true;
        }

        var writer = response.BodyWriter;
        writer.Write(template.Head);
        writer.Write(views[..viewsLength]);
        writer.Write(viewsUnit);
        writer.Write(template.Middle);
        writer.Write(likesCount[..likesLength]);
        writer.Write(likesUnit);
        writer.Write(template.Tail);
        await writer.FlushAsync(context.RequestAborted);
        return true;
    }

    private async Task TagAsync(HttpContext context, PageContext page, string key, string tag, int number, string path)
    {
        var snapshot = page.Snapshot;
        if (!snapshot.ByTag.TryGetValue(tag, out var posts) || number > PostList.Pages(posts.Count, PostList.PageSize(snapshot.Settings)))
        {
            await NotFoundAsync(context, page, key);
            return;
        }

        await ServeListAsync(context, path, page.Links.Tag(tag, number), () => cache.GetOrRender($"{key}tag/{tag}/{number}", snapshot.PageVersion, () => Html(ListPages.Tag(page, tag, posts, number), snapshot)));
    }

    private async Task CategoryAsync(HttpContext context, PageContext page, string key, string[] categoryPath, string path)
    {
        var number = 1;
        var node = page.Snapshot.FindCategory(categoryPath);
        if (node is null && categoryPath is [.. var parent, "page", var n] && parent.Length > 0
            && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1)
        {
            // ".../page/N/" of a category (a category literally named "page" wins over the page number).
            categoryPath = parent;
            node = page.Snapshot.FindCategory(categoryPath);
        }

        if (node is null)
        {
            await NotFoundAsync(context, page, key);
            return;
        }

        var posts = page.Snapshot.InCategory(categoryPath);
        if (number > PostList.Pages(posts.Count, PostList.PageSize(page.Settings)))
        {
            await NotFoundAsync(context, page, key);
            return;
        }

        if (number == 1 && path.TrimEnd('/').EndsWith("/page/1", StringComparison.Ordinal))
        {
            Redirect(context, page.Links.Category(categoryPath));
            return;
        }

        await ServeListAsync(context, path, page.Links.Category(categoryPath, number), () => cache.GetOrRender(
            $"{key}category/{string.Join('\u0001', categoryPath)}/{number}", page.Snapshot.PageVersion, () => Html(ListPages.Category(page, node, posts, number), page.Snapshot)));
    }

    private async Task LikeAsync(HttpContext context, PageContext page, string postId)
    {
        var snapshot = page.Snapshot;
        if (!snapshot.ById.TryGetValue(postId, out var entry) || !entry.IsPublicAt(snapshot.BuiltAt))
        {
            await NotFoundAsync(context, page, string.Empty);
            return;
        }

        if (!likes.TryAcquire(context))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "60";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Too many likes from this address; try again in a minute.");
            return;
        }

        counter.RecordLike(snapshot.Settings.Name, postId);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = page.Links.Post(entry);
    }

    private async Task NotFoundAsync(HttpContext context, PageContext page, string key)
    {
        var rendered = key.Length == 0
            ? Html(ListPages.NotFound(page), page.Snapshot, StatusCodes.Status404NotFound)
            : cache.GetOrRender(key + "404", page.Snapshot.PageVersion, () => Html(ListPages.NotFound(page), page.Snapshot, StatusCodes.Status404NotFound));
        await CachedPageWriter.ServeAsync(context, rendered);
    }

    /// <summary>Serves a list page at its canonical address (with its trailing slash), redirecting there otherwise.</summary>
    private static Task ServeListAsync(HttpContext context, string path, string canonicalHref, Func<CachedPage> render)
    {
        if (!path.EndsWith('/'))
        {
            Redirect(context, canonicalHref);
            return Task.CompletedTask;
        }

        return CachedPageWriter.ServeAsync(context, render());
    }

    private static CachedPage Html(string html, BlogSnapshot snapshot, int status = StatusCodes.Status200OK) =>
        new(Encoding.UTF8.GetBytes(html), HtmlType, $"W/\"{snapshot.PageVersion}\"", snapshot.LastUpdated, status == StatusCodes.Status200OK ? PageCacheControl : "no-store", status);

    private static void Redirect(HttpContext context, string href)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = href + context.Request.QueryString.Value;
    }

    private static bool TryPage(string text, int count, int pageSize, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1 && number <= PostList.Pages(count, pageSize);

    /// <summary>True when the first path segment is one the platform serves itself (lists, feeds, likes), not a permalink.</summary>
    private static bool IsPlatformPath(string path)
    {
        var span = path.AsSpan().TrimStart('/');
        if (span.IsEmpty)
        {
            return true;
        }

        var slash = span.IndexOf('/');
        var first = slash < 0 ? span : span[..slash];
        foreach (var reserved in ReservedPaths.FirstSegments)
        {
            if (first.Equals(reserved, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return first.StartsWith("sitemap-", StringComparison.Ordinal);
    }
}
