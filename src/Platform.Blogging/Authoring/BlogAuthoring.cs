using Microsoft.Extensions.Options;
using Platform.Blogging.Blogs;
using Platform.Blogging.Caching;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Authoring;

/// <summary>
/// What authors do, as one place the API and the importer share: create blogs, save, delete and (un)publish posts.
/// Rendering happens here, outside any grain turn. Saving is ordered so nothing is left half-written: the blog
/// works out the permalink (no change), the post stores its content, the blog commits the index entry; if that last
/// step is refused, the post's content is put back as it was.
/// </summary>
public sealed class BlogAuthoring(IGrainFactory grains, BlogSnapshots blogs, PostSnapshots posts, TimeProvider time, IOptions<BloggingOptions> options)
{
    /// <summary>Creates a blog.</summary>
    public async Task<BlogSettings> CreateBlogAsync(BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        BlogName.Validate(settings.Name);
        var created = await grains.GetGrain<IBlogGrain>(settings.Name).Create(settings);
        blogs.Invalidate(settings.Name);
        return created;
    }

    /// <summary>Changes a blog's settings.</summary>
    public async Task<BlogSettings> UpdateBlogAsync(string blog, BlogSettingsUpdate update)
    {
        var updated = await grains.GetGrain<IBlogGrain>(blog).UpdateSettings(update);
        blogs.Invalidate(blog);
        return updated;
    }

    /// <summary>The blog's snapshot as its grain has it now; <see cref="BlogNotFoundException"/> when there is none.</summary>
    public async Task<BlogSnapshot> GetBlogAsync(string blog)
    {
        if (!BlogName.IsValid(blog))
        {
            throw new BlogNotFoundException(blog);
        }

        return await blogs.GetFreshAsync(blog) ?? throw new BlogNotFoundException(blog);
    }

    /// <summary>The blog's settings as its grain has them now (no snapshot is built); <see cref="BlogNotFoundException"/> when there is none.</summary>
    public async Task<BlogSettings> GetSettingsAsync(string blog)
    {
        if (!BlogName.IsValid(blog))
        {
            throw new BlogNotFoundException(blog);
        }

        return await grains.GetGrain<IBlogGrain>(blog).GetSettings() ?? throw new BlogNotFoundException(blog);
    }

    /// <summary>A post's index entry as the blog grain has it now, or null.</summary>
    public Task<PostEntry?> GetEntryAsync(string blog, string postId) => grains.GetGrain<IBlogGrain>(blog).GetEntry(postId);

    /// <summary>The post imported from a Jekyll file name, if any.</summary>
    public Task<string?> FindBySourceAsync(string blog, string sourceName) => grains.GetGrain<IBlogGrain>(blog).FindBySource(sourceName);

    /// <summary>Creates a post from a Markdown file; <paramref name="ownerId"/> records who created it (kept across edits).</summary>
    public async Task<SavedPost> CreatePostAsync(string blog, PostSource source, string? sourceName = null, string? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = await GetSettingsAsync(blog);
        return await SaveAsync(settings, PostKey.NewId(), source, expectedRevision: 0, previous: null, sourceName, ownerId);
    }

    /// <summary>Replaces a post's Markdown, if <paramref name="expectedRevision"/> is still its revision.</summary>
    public async Task<SavedPost> UpdatePostAsync(string blog, string postId, PostSource source, long expectedRevision, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = await GetSettingsAsync(blog);
        var current = await GetPostAsync(blog, postId);
        return await SaveAsync(settings, postId, source, expectedRevision, current, sourceName, current.Content.OwnerId);
    }

    /// <summary>A post for its authors; <see cref="PostNotFoundException"/> when there is none.</summary>
    public async Task<PostDocument> GetPostAsync(string blog, string postId)
    {
        if (!PostKey.IsValidId(postId))
        {
            throw new PostNotFoundException(blog, postId);
        }

        return await grains.GetGrain<IPostGrain>(PostKey.Of(blog, postId)).GetDocument() ?? throw new PostNotFoundException(blog, postId);
    }

    /// <summary>Deletes a post: out of the index first (readers stop seeing it), then its content.</summary>
    public async Task DeletePostAsync(string blog, string postId, long? expectedRevision)
    {
        var post = await GetPostAsync(blog, postId);
        if (expectedRevision is { } expected && expected != post.Revision)
        {
            throw new RevisionMismatchException(postId, expected, post.Revision);
        }

        await grains.GetGrain<IBlogGrain>(blog).RemoveEntry(postId);
        blogs.Invalidate(blog);
        await grains.GetGrain<IPostGrain>(PostKey.Of(blog, postId)).Delete(expectedRevision);
        posts.Invalidate(blog, postId);
    }

    /// <summary>Publishes, unpublishes or schedules a post by rewriting its status and date (the front matter is left as written).</summary>
    public async Task<SavedPost> ChangeStatusAsync(string blog, string postId, PostStatusChange change, DateTimeOffset? at, long? expectedRevision)
    {
        await GetSettingsAsync(blog);
        var post = await GetPostAsync(blog, postId);
        if (expectedRevision is { } expected && expected != post.Revision)
        {
            throw new RevisionMismatchException(postId, expected, post.Revision);
        }

        var now = time.GetUtcNow();
        var content = change switch
        {
            PostStatusChange.Unpublish => post.Content with { IsDraft = true },
            PostStatusChange.Publish => post.Content with { IsDraft = false, Date = post.Status == PostStatus.Published ? post.Content.Date : Min(post.Content.Date, now) },
            _ => post.Content with
            {
                IsDraft = false,
                Date = at is { } when && when > now ? when : throw new InvalidInputException("at", "A schedule needs a time in the future."),
            },
        };
        var entry = await grains.GetGrain<IBlogGrain>(blog).GetEntry(postId);
        return await StoreAsync(blog, postId, content, post.Revision, post, explicitSlug: true, entry?.Permalink, sourceName: null);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private Task<SavedPost> SaveAsync(BlogSettings settings, string postId, PostSource source, long expectedRevision, PostDocument? previous, string? sourceName, string? ownerId)
    {
        var composed = Compose(settings, source, previous, ownerId);
        return StoreComposedAsync(settings.Name, postId, composed, expectedRevision, previous, sourceName);
    }

    /// <summary>Renders a post's Markdown into what is stored (no grain call: imports run this in parallel).</summary>
    internal ComposedPost Compose(BlogSettings settings, PostSource source, PostDocument? previous, string? ownerId)
    {
        var zone = settings.ResolveTimeZone();
        var rendered = PostRenderer.Render(source.Markdown, new RenderContext(zone)
        {
            FileName = source.FileName,
            MaxBytes = options.Value.MaxBodyBytes,
            Dialect = settings.MarkdownDialect,
            ExcerptSeparator = settings.ExcerptSeparator,
        });
        ContentLimits.Check(rendered);
        var front = FrontMatterParser.Parse(source.Markdown, zone).FrontMatter;
        var explicitSlug = front.Slug is not null;
        var slug = explicitSlug || source.DefaultSlug is null ? rendered.Slug : SlugGenerator.Generate(source.DefaultSlug);
        var now = time.GetUtcNow();
        var content = new PostContent
        {
            Source = source.Markdown,
            Title = rendered.Title,
            Slug = slug,
            Html = rendered.Html,
            Excerpt = rendered.Excerpt,
            ReadingTimeMinutes = rendered.ReadingTimeMinutes,
            WordCount = rendered.WordCount,
            Date = rendered.Date ?? source.DefaultDate ?? previous?.Content.Date ?? now,
            LastModified = rendered.LastModified ?? (previous is null ? null : now),
            IsDraft = rendered.IsDraft || source.ForceDraft,
            Categories = rendered.Categories,
            Tags = rendered.Tags,
            Description = rendered.Description,
            Image = rendered.Image,
            TimeZone = settings.TimeZone,
            OwnerId = ownerId,
        };
        return new ComposedPost(content, explicitSlug, rendered.Permalink, RedirectFrom.Read(front));
    }

    /// <summary>Stores a composed post: the blog picks its slug and permalink, the post stores it, the blog indexes it.</summary>
    internal Task<SavedPost> StoreComposedAsync(string blog, string postId, ComposedPost composed, long expectedRevision, PostDocument? previous, string? sourceName) =>
        StoreAsync(blog, postId, composed.Content, expectedRevision, previous, composed.ExplicitSlug, composed.ExplicitPermalink, sourceName, composed.RedirectFrom);

    private async Task<SavedPost> StoreAsync(
        string blog, string postId, PostContent content, long expectedRevision, PostDocument? previous, bool explicitSlug, string? explicitPermalink, string? sourceName, IReadOnlyList<string>? redirectFrom = null)
    {
        var blogGrain = grains.GetGrain<IBlogGrain>(blog);
        var postGrain = grains.GetGrain<IPostGrain>(PostKey.Of(blog, postId));
        var now = time.GetUtcNow();
        var candidate = new PostEntry
        {
            Id = postId,
            Slug = content.Slug,
            Permalink = "",
            Title = content.Title,
            Date = content.Date,
            LastModified = content.LastModified,
            Status = content.IsDraft ? PostStatus.Draft : content.Date > now ? PostStatus.Scheduled : PostStatus.Published,
            Categories = content.Categories,
            Tags = content.Tags,
            Excerpt = content.Excerpt,
            Description = content.Description,
            Image = content.Image,
            ReadingTimeMinutes = content.ReadingTimeMinutes,
        };
        var request = new PostEntryRequest(candidate, explicitSlug, explicitPermalink, sourceName, redirectFrom is { Count: > 0 } ? redirectFrom : null);
        var prepared = await blogGrain.PrepareEntry(request);
        var document = await postGrain.Save(content with { Slug = prepared.Slug }, expectedRevision);
        try
        {
            var entry = await blogGrain.CommitEntry(request with { Candidate = candidate with { Slug = prepared.Slug, Revision = document.Revision } });
            if (entry.Slug != prepared.Slug)
            {
                // Another save took the slug between prepare and commit: the blog renamed this one; record it.
                document = await postGrain.Save(document.Content with { Slug = entry.Slug }, document.Revision);
            }

            blogs.Invalidate(blog);
            posts.Invalidate(blog, postId);
            return new SavedPost(document, entry);
        }
        catch (BloggingException)
        {
            await UndoAsync(postGrain, document.Revision, previous);
            posts.Invalidate(blog, postId);
            throw;
        }
    }

    private static async Task UndoAsync(IPostGrain post, long revision, PostDocument? previous)
    {
        if (previous is null)
        {
            await post.Delete(revision);
        }
        else
        {
            await post.Save(previous.Content, revision);
        }
    }
}
