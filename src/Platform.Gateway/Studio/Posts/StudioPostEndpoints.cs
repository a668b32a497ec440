using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;
using Platform.Gateway.Api.Errors;
using Platform.Gateway.Studio.Editor;
using Platform.Gateway.Studio.Shell;
using Platform.Gateway.Studio.Tokens;

namespace Platform.Gateway.Studio.Posts;

/// <summary>
/// The studio's posts: the list (<c>/studio/{blog}/posts</c>), the history of a post with a diff and restore, and
/// (in <see cref="StudioEditorEndpoints"/>) the editor. Every route starts with the session's grant for the blog and
/// applies the author API's rules (<see cref="Api.Auth.BlogAccess"/>).
/// </summary>
internal static class StudioPostEndpoints
{
    public static void MapStudioPosts(this RouteGroupBuilder studio)
    {
        studio.MapGet("/{blog}/posts", ListAsync);
        studio.MapGet("/{blog}/posts/{id}/history", HistoryAsync);
        studio.MapPost("/{blog}/posts/{id}/history/{n}/restore", RestoreAsync).DisableAntiforgery();
        studio.MapStudioEditor();
    }

    private static async Task<IResult> ListAsync(string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IGrainFactory grains, TimeProvider time)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var query = PostListQuery.Parse(context.Request.Query, out var error);
        if (query is null)
        {
            return request.Message(context, error!, StatusCodes.Status400BadRequest);
        }

        var snapshot = await authoring.GetBlogAsync(blog);
        var now = time.GetUtcNow();
        var matching = query.Apply(snapshot.All, now, request.Grant.PostOwnerId);
        var pages = Math.Max(1, (int)Math.Ceiling(matching.Count / (double)PostListQuery.PageSize));
        var page = matching.Skip((int)Math.Min((long)(query.Page - 1) * PostListQuery.PageSize, int.MaxValue)).Take(PostListQuery.PageSize).ToArray();
        var tags = snapshot.All.SelectMany(p => p.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).Take(500).ToArray();
        var categories = snapshot.All.SelectMany(p => p.Categories).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).Take(500).ToArray();
        var names = request.Access.AllPosts ? await OwnerNames.LoadAsync(grains, blog) : null;
        var model = new PostListModel(request, query, page, matching.Count, pages, tags, categories, AuthorChoices(names, request.Text), names, now);
        return StudioResults.Page<PostListView>(context, new { Content = model });
    }

    /// <summary>The author filter's choices for owners and editors: the members by name, then the live blog tokens by name.</summary>
    private static KeyValuePair<string, string>[] AuthorChoices(OwnerNames? names, StudioText text) => names is null ? [] :
    [
        .. names.Members.Select(m => KeyValuePair.Create(Blogging.Accounts.AccountIds.OwnerId(m.UserId), OwnerNames.MemberName(m) + " (" + text.RoleName(m.Role) + ")")),
        .. names.Tokens.Where(t => t.RevokedAt is null && t.UserId is null).Select(t => KeyValuePair.Create(t.Id, text.ATokenNamed(t.Name) + " (" + text.RoleName(t.Role) + ")")),
    ];

    private static async Task<IResult> HistoryAsync(
        string blog, string id, string? n, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IGrainFactory grains, Microsoft.Extensions.Options.IOptions<BloggingOptions> options)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var (post, refused) = await OpenPostAsync(context, request, authoring, id);
        if (post is null)
        {
            return refused!;
        }

        var revisions = await authoring.ListRevisionsAsync(blog, id);
        PostRevision? compared = null;
        if (!string.IsNullOrEmpty(n))
        {
            if (!long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                return request.Message(context, request.Text.RevisionMissing, StatusCodes.Status400BadRequest);
            }

            compared = await authoring.GetRevisionAsync(blog, id, number);
            if (compared is null)
            {
                return request.Message(context, request.Text.RevisionMissing, StatusCodes.Status404NotFound);
            }
        }

        var diff = compared is null ? null : LineDiff.Compare(compared.Source, post.Content.Source);
        var restored = long.TryParse(context.Request.Query["restored"], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (long?)null;
        return StudioResults.Page<HistoryView>(context, new { Content = new HistoryModel(request, post, revisions, compared?.Info, diff, options.Value.Revisions, restored, await OwnerNames.LoadAsync(grains, blog)) });
    }

    private static async Task<IResult> RestoreAsync(string blog, string id, string n, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var (post, refused) = await OpenPostAsync(context, request, authoring, id);
        if (post is null)
        {
            return refused!;
        }

        if (!long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return request.Message(context, request.Text.RevisionMissing, StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var version = long.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : post.Revision;
        try
        {
            var saved = await authoring.RestoreRevisionAsync(blog, id, number, version, request.Grant.PostOwnerId, forceDraft: request.Access.DraftsOnly);
            if (saved is null)
            {
                return request.Message(context, request.Text.RevisionMissing, StatusCodes.Status404NotFound);
            }
        }
        catch (RevisionMismatchException)
        {
            return StudioResults.Page<MessageView>(
                context, new { Title = request.Text.ConflictTitle, Message = request.Text.ConflictTitle, LinkHref = StudioPostLinks.History(blog, id), LinkText = request.Text.History },
                StatusCodes.Status412PreconditionFailed);
        }
        catch (BloggingException e)
        {
            return request.Message(context, StudioErrorText.For(request.Text, e), e is SlugConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        return Results.Redirect(StudioPostLinks.History(blog, id) + "?restored=" + number.ToString(CultureInfo.InvariantCulture), permanent: false, preserveMethod: false);
    }

    /// <summary>The post, if it exists and this session may edit it (the author API's rule); otherwise the refusal page.</summary>
    internal static async Task<(PostDocument? Post, IResult? Refused)> OpenPostAsync(HttpContext context, StudioBlogRequest request, BlogAuthoring authoring, string id)
    {
        PostDocument post;
        try
        {
            post = await authoring.GetPostAsync(request.Blog, id);
        }
        catch (PostNotFoundException)
        {
            return (null, request.Message(context, request.Text.PostMissing, StatusCodes.Status404NotFound));
        }

        try
        {
            request.Access.RequireCanEdit(post);
        }
        catch (ApiException)
        {
            var message = request.Access.DraftsOnly && string.Equals(post.Content.OwnerId, request.Grant.PostOwnerId, StringComparison.Ordinal)
                ? request.Text.ContributorDraftsOnly
                : request.Text.NotYourPost;
            return (null, request.Message(context, message, StatusCodes.Status403Forbidden));
        }

        return (post, null);
    }
}
