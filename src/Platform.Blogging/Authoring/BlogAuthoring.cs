using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Blogging.Blogs;
using Platform.Blogging.Caching;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;

namespace Platform.Blogging.Authoring;

/// <summary>
/// What authors do, as one place the API and the importer share: create blogs, save, delete and (un)publish posts.
/// Rendering happens here, outside any grain turn. Saving is ordered so nothing is left half-written: the blog
/// works out the permalink (no change), the post stores its content, the blog commits the index entry; if that last
/// step is refused, the post's content is put back as it was. Saves made by authors (not imports) then keep a
/// revision in the post's history (<see cref="IPostRevisionsGrain"/>).
/// </summary>
public sealed partial class BlogAuthoring(
    IGrainFactory grains, BlogSnapshots blogs, PostSnapshots posts, TimeProvider time, IOptions<BloggingOptions> options, ILogger<BlogAuthoring> logger)
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
        var saved = await SaveAsync(settings, PostKey.NewId(), source, expectedRevision: 0, previous: null, sourceName, ownerId);
        await KeepRevisionAsync(saved, ownerId, RevisionReason.Save);
        return saved;
    }

    /// <summary>
    /// Replaces a post's Markdown, if <paramref name="expectedRevision"/> is still its revision;
    /// <paramref name="savedBy"/> (an owner id) is who the revision it keeps is attributed to.
    /// </summary>
    public async Task<SavedPost> UpdatePostAsync(string blog, string postId, PostSource source, long expectedRevision, string? sourceName = null, string? savedBy = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = await GetSettingsAsync(blog);
        var current = await GetPostAsync(blog, postId);
        var saved = await SaveAsync(settings, postId, source, expectedRevision, current, sourceName, current.Content.OwnerId);
        await KeepRevisionAsync(saved, savedBy, RevisionReason.Save);
        return saved;
    }

    /// <summary>The post's kept revisions, newest first (empty for a post saved before revisions were kept).</summary>
    public async Task<IReadOnlyList<PostRevisionInfo>> ListRevisionsAsync(string blog, string postId)
    {
        await GetPostAsync(blog, postId);
        return await Revisions(blog, postId).List();
    }

    /// <summary>A kept revision with its source, or null when the post has no such revision.</summary>
    public async Task<PostRevision?> GetRevisionAsync(string blog, string postId, long number)
    {
        await GetPostAsync(blog, postId);
        return number < 1 ? null : await Revisions(blog, postId).Find(number);
    }

    /// <summary>
    /// Restores revision <paramref name="number"/>: its source is saved as the post's new content (a new post
    /// version, if <paramref name="expectedRevision"/> is still the post's) and kept as a new revision. The post
    /// keeps its status: restoring text never publishes or unpublishes it (a contributor's restore stays a draft
    /// anyway, <paramref name="forceDraft"/>). Null when there is no such revision.
    /// </summary>
    public async Task<SavedPost?> RestoreRevisionAsync(string blog, string postId, long number, long expectedRevision, string? savedBy, bool forceDraft = false)
    {
        var settings = await GetSettingsAsync(blog);
        var current = await GetPostAsync(blog, postId);
        if (expectedRevision != current.Revision)
        {
            throw new RevisionMismatchException(postId, expectedRevision, current.Revision);
        }

        var revision = number < 1 ? null : await Revisions(blog, postId).Find(number);
        if (revision is null)
        {
            return null;
        }

        var composed = Compose(settings, new PostSource(revision.Source, ForceDraft: forceDraft), current, current.Content.OwnerId);
        composed = composed with { Content = composed.Content with { IsDraft = current.Content.IsDraft || forceDraft } };
        var saved = await StoreComposedAsync(blog, postId, composed, expectedRevision, current, sourceName: null);
        await KeepRevisionAsync(saved, savedBy, RevisionReason.Restore, number);
        return saved;
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
        try
        {
            await Revisions(blog, postId).Clear();
        }
#pragma warning disable CA1031 // The post is deleted; revisions left behind are unreachable (no post, random ids) and logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRevisionsNotCleared(logger, exception, blog, postId);
        }
    }

    /// <summary>
    /// Publishes, unpublishes or schedules a post by rewriting its status and date (the front matter is left as
    /// written); <paramref name="savedBy"/> is who the revision it keeps is attributed to.
    /// </summary>
    public async Task<SavedPost> ChangeStatusAsync(string blog, string postId, PostStatusChange change, DateTimeOffset? at, long? expectedRevision, string? savedBy = null)
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
                Date = at is { } when && when > now ? when : throw new InvalidInputException("at", "A schedule needs a time in the future.", InputReasons.SchedulePast),
            },
        };
        var entry = await grains.GetGrain<IBlogGrain>(blog).GetEntry(postId);
        var saved = await StoreAsync(blog, postId, content, post.Revision, post, explicitSlug: true, entry?.Permalink, sourceName: null);
        var reason = change switch
        {
            PostStatusChange.Publish => RevisionReason.Publish,
            PostStatusChange.Unpublish => RevisionReason.Unpublish,
            _ => RevisionReason.Schedule,
        };
        await KeepRevisionAsync(saved, savedBy, reason);
        return saved;
    }

    private IPostRevisionsGrain Revisions(string blog, string postId) => grains.GetGrain<IPostRevisionsGrain>(PostKey.Of(blog, postId));

    /// <summary>
    /// Keeps a revision of a stored post. The post is saved whatever happens here: a failure leaves a gap in its
    /// history (logged), never an unsaved post or an error for the writer.
    /// </summary>
    private async Task KeepRevisionAsync(SavedPost saved, string? by, RevisionReason reason, long? restoredFrom = null)
    {
        var document = saved.Document;
        try
        {
            await Revisions(document.Blog, document.Id).Record(new RevisionRecord(document.Content.Source, document.Content.Title, document.Revision, by, reason, restoredFrom));
        }
#pragma warning disable CA1031 // The post is stored; its history missing one revision is logged, not the writer's failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRevisionNotKept(logger, exception, document.Blog, document.Id, document.Revision);
        }
    }

    [LoggerMessage(EventId = 260, Level = LogLevel.Warning, Message = "Post {PostId} of blog {Blog} was saved as version {Version} but its revision could not be kept")]
    private static partial void LogRevisionNotKept(ILogger logger, Exception exception, string blog, string postId, long version);

    [LoggerMessage(EventId = 261, Level = LogLevel.Warning, Message = "Post {PostId} of blog {Blog} was deleted but its revisions could not be cleared")]
    private static partial void LogRevisionsNotCleared(ILogger logger, Exception exception, string blog, string postId);

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
            OwnerId = content.OwnerId,
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
