using System.Globalization;

namespace Platform.Gateway.Pages;

/// <summary>The words of the page chrome in one language. English and Korean; other locales fall back to English.</summary>
internal sealed record ChromeText(
    string Lang,
    string OgLocale,
    string Home,
    string Archive,
    string Tags,
    string Categories,
    string Feed,
    string MinRead,
    string View,
    string Views,
    string Like,
    string LikeCount,
    string Likes,
    string Older,
    string Newer,
    string OlderPosts,
    string NewerPosts,
    string PostsTagged,
    string PostsIn,
    string SameCategory,
    string Published,
    string Updated,
    string NotFoundTitle,
    string NotFoundText,
    string BackHome,
    string NoPosts,
    string PageOf,
    string PoweredBy)
{
    public static readonly ChromeText English = new(
        "en", "en_US", "Home", "Archive", "Tags", "Categories", "Feed", "min read", "view", "views", "Like", "like", "likes",
        "Older", "Newer", "Older posts", "Newer posts", "Posts tagged", "Posts in", "More in this category",
        "Published", "Updated", "Page not found", "There is nothing at this address. It may have moved or never existed.",
        "Back to the home page", "No posts yet.", "Page {0} of {1}", "Powered by Platform");

    public static readonly ChromeText Korean = new(
        "ko", "ko_KR", "홈", "보관함", "태그", "카테고리", "피드", "분 읽기", "조회", "조회", "좋아요", "좋아요", "좋아요",
        "이전 글", "다음 글", "이전 글 목록", "다음 글 목록", "태그:", "카테고리:", "같은 카테고리의 글",
        "게시", "수정", "페이지를 찾을 수 없습니다", "이 주소에는 아무것도 없습니다. 옮겨졌거나 처음부터 없던 페이지입니다.",
        "홈으로 돌아가기", "아직 글이 없습니다.", "{1}쪽 중 {0}쪽", "Platform으로 만들었습니다");

    /// <summary>The chrome for a blog's locale (<c>ko</c>, <c>ko-KR</c> → Korean; anything else → English).</summary>
    public static ChromeText For(string locale) =>
        locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? Korean : English;

    /// <summary>The culture used to format dates and numbers.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Lang == "ko" ? "ko-KR" : "en-US");

    private readonly byte[] _viewUnit = System.Text.Encoding.UTF8.GetBytes(" " + View);
    private readonly byte[] _viewsUnit = System.Text.Encoding.UTF8.GetBytes(" " + Views);
    private readonly byte[] _likeUnit = System.Text.Encoding.UTF8.GetBytes(" " + LikeCount);
    private readonly byte[] _likesUnit = System.Text.Encoding.UTF8.GetBytes(" " + Likes);

    /// <summary>" view" or " views" after a count, as UTF-8 (English has one form for 1, another for the rest; Korean one form).</summary>
    public ReadOnlySpan<byte> ViewsUnit(long count) => count == 1 ? _viewUnit : _viewsUnit;

    /// <summary>" like" or " likes" after a count, as UTF-8.</summary>
    public ReadOnlySpan<byte> LikesUnit(long count) => count == 1 ? _likeUnit : _likesUnit;

    /// <summary>"Page 2 of 5" in this language.</summary>
    public string FormatPage(int page, int pages) => string.Format(Culture, PageOf, page, pages);
}
