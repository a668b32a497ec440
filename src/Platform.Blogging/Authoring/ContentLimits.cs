using Platform.Blogging.Content;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Authoring;

/// <summary>Sane limits on what a post may carry; each refusal names the field.</summary>
internal static class ContentLimits
{
    public const int MaxTitle = 300;
    public const int MaxTags = 50;
    public const int MaxTagLength = 100;
    public const int MaxCategoryDepth = 10;
    public const int MaxCategoryLength = 100;
    public const int MaxDescription = 2000;

    public static void Check(RenderedPost post)
    {
        Require(post.Title.Length <= MaxTitle, "title", $"The title has {post.Title.Length} characters; at most {MaxTitle}.", InputReasons.PostTitle);
        Require(post.Tags.Count <= MaxTags, "tags", $"A post has at most {MaxTags} tags.", InputReasons.TagCount);
        Require(post.Tags.All(t => t.Length is > 0 and <= MaxTagLength && !t.Contains('/', StringComparison.Ordinal)), "tags", $"Each tag has 1 to {MaxTagLength} characters and no '/'.", InputReasons.Tag);
        Require(post.Categories.Count <= MaxCategoryDepth, "categories", $"A category path has at most {MaxCategoryDepth} levels.", InputReasons.CategoryDepth);
        Require(post.Categories.All(c => c.Length is > 0 and <= MaxCategoryLength), "categories", $"Each category has 1 to {MaxCategoryLength} characters.", InputReasons.Category);
        Require((post.Description?.Length ?? 0) <= MaxDescription, "description", $"The description has at most {MaxDescription} characters.", InputReasons.PostDescription);
        Require(post.Image is null || UrlPolicy.IsAllowed(post.Image), "image", "The image must be an http, https or relative URL.", InputReasons.ImageUrl);
    }

    private static void Require(bool condition, string field, string message, string reason)
    {
        if (!condition)
        {
            throw new InvalidInputException(field, message, reason);
        }
    }
}
