using System.Globalization;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;

namespace Platform.Gateway.Studio;

/// <summary>The words of the post list, the editor and the history, in English and Korean.</summary>
internal sealed partial class StudioText
{
    public string Posts => Korean ? "글" : "Posts";

    public string NewPost => Korean ? "새 글" : "New post";

    public string EditPost => Korean ? "글 편집" : "Edit post";

    public string Edit => Korean ? "편집" : "Edit";

    public string History => Korean ? "기록" : "History";

    public string SearchTitles => Korean ? "제목 검색" : "Search titles";

    public string Status => Korean ? "상태" : "Status";

    public string AnyStatus => Korean ? "모든 상태" : "Any status";

    public string Tag => Korean ? "태그" : "Tag";

    public string AnyTag => Korean ? "모든 태그" : "Any tag";

    public string Category => Korean ? "카테고리" : "Category";

    public string AnyCategory => Korean ? "모든 카테고리" : "Any category";

    public string Author => Korean ? "작성자" : "Author";

    public string AnyAuthor => Korean ? "모든 작성자" : "Any author";

    public string Mine => Korean ? "내 글" : "Mine";

    public string Filter => Korean ? "필터 적용" : "Filter";

    public string NoPosts => Korean ? "조건에 맞는 글이 없습니다." : "No posts match.";

    public string Previous => Korean ? "이전" : "Previous";

    public string Next => Korean ? "다음" : "Next";

    public string PageOf(int page, int pages) => Korean ? $"{pages}쪽 중 {page}쪽" : $"Page {page} of {pages}";

    public string PostCount(int count) => Korean ? $"글 {count.ToString("N0", Culture)}개" : $"{count.ToString("N0", Culture)} posts";

    public string StatusName(PostStatus status) => status switch
    {
        PostStatus.Draft => Korean ? "초안" : "Draft",
        PostStatus.Scheduled => Korean ? "예약됨" : "Scheduled",
        _ => Korean ? "발행됨" : "Published",
    };

    public string Title => Korean ? "제목" : "Title";

    public string Slug => Korean ? "슬러그" : "Slug";

    public string SlugHelp => Korean ? "비워 두면 제목에서 만듭니다. 한글을 그대로 쓸 수 있습니다." : "Leave empty to make one from the title. Hangul is kept.";

    public string Date => Korean ? "날짜" : "Date";

    public string ZoneHelp(string zone) => Korean ? $"블로그 시간대({zone}) 기준입니다." : $"In the blog's time zone ({zone}).";

    public string Tags => Korean ? "태그" : "Tags";

    public string CommaHelp => Korean ? "쉼표로 구분합니다." : "Separate with commas.";

    public string Categories => Korean ? "카테고리" : "Categories";

    public string CategoriesHelp => Korean ? "상위부터 쉼표로 구분한 경로입니다." : "A path from the top, separated with commas.";

    public string Excerpt => Korean ? "요약" : "Excerpt";

    public string ExcerptHelp => Korean ? "비워 두면 본문 첫 부분을 씁니다." : "Leave empty to use the start of the post.";

    public string FeaturedImage => Korean ? "대표 이미지 URL" : "Featured image URL";

    public string SeoDescription => Korean ? "검색 엔진 설명" : "SEO description";

    public string CanonicalUrl => Korean ? "정규 URL" : "Canonical URL";

    public string CanonicalHelp => Korean ? "이 글의 원본이 다른 곳에 있을 때만 적습니다." : "Only when the original of this post lives elsewhere.";

    public string FrontMatter => Korean ? "글 정보" : "Post details";

    public string Markdown => Korean ? "마크다운" : "Markdown";

    public string Preview => Korean ? "미리 보기" : "Preview";

    public string TogglePreview => Korean ? "미리 보기 켜기/끄기" : "Show or hide the preview";

    public string PreviewEmpty => Korean ? "미리 보기 버튼을 누르거나 입력하면 여기에 보입니다." : "Press Preview, or type, to see the post here.";

    public string Publish => Korean ? "발행" : "Publish";

    public string Unpublish => Korean ? "발행 취소" : "Unpublish";

    public string Schedule => Korean ? "예약 발행" : "Schedule";

    public string PublishAt => Korean ? "발행 시각" : "Publish at";

    public string Saved => Korean ? "저장했습니다." : "Saved.";

    public string Saving => Korean ? "저장 중…" : "Saving…";

    public string AutosavedAt(string time) => Korean ? $"{time}에 자동 저장했습니다." : $"Autosaved at {time}.";

    public string SavedAt(string time) => Korean ? $"{time}에 저장했습니다." : $"Saved at {time}.";

    public string AutosaveFailed => Korean ? "자동 저장하지 못했습니다. 저장 버튼을 눌러 주세요." : "Autosave failed; press Save.";

    public string Unsaved => Korean ? "저장하지 않은 변경이 있습니다." : "Unsaved changes.";

    public string ShortcutsHelp => Korean
        ? "단축키: Ctrl/⌘+S 저장, Ctrl/⌘+Shift+P 미리 보기 켜기/끄기. 초안은 입력을 멈추고 몇 초 뒤 자동 저장됩니다."
        : "Shortcuts: Ctrl/⌘+S saves, Ctrl/⌘+Shift+P shows or hides the preview. Drafts autosave a few seconds after you stop typing.";

    public string FixErrors => Korean ? "표시한 칸을 고쳐 주세요. 아무것도 저장하지 않았습니다." : "Fix the marked fields; nothing was saved.";

    public string FormBroken => Korean ? "양식이 올바르지 않습니다. 페이지를 새로 고쳐 주세요." : "The form is incomplete; reload the page.";

    public string TitleRequired => Korean ? "제목을 입력하세요." : "A post needs a title.";

    public string BadDate => Korean ? "날짜와 시각을 올바르게 입력하세요(시간대에 없는 시각은 안 됩니다)." : "Enter a valid date and time (one that exists in the blog's time zone).";

    public string BadImageUrl => Korean ? "http, https 또는 상대 URL이어야 합니다." : "Use an http, https or relative URL.";

    public string BadCanonicalUrl => Korean ? "http 또는 https로 시작하는 전체 URL이어야 합니다." : "Use a full http or https URL.";

    public string BadTags => Korean ? "태그에는 '/'를 쓸 수 없습니다." : "Tags cannot contain '/'.";

    public string BadMarkdown => Korean ? "본문에 NUL 문자가 있습니다." : "The text contains NUL characters.";

    public string TooLong(int max) => Korean ? $"{max.ToString(CultureInfo.InvariantCulture)}자 이하여야 합니다." : $"At most {max.ToString(CultureInfo.InvariantCulture)} characters.";

    public string NotYourPost => Korean ? "이 토큰으로는 다른 사람이 만든 글을 열거나 저장할 수 없습니다." : "This token may open and save only the posts it created.";

    public string ContributorDraftsOnly => Korean ? "기고자는 초안만 편집할 수 있습니다." : "A contributor may change only drafts.";

    public string CannotPublish => Korean ? "기고자는 발행, 발행 취소, 예약을 할 수 없습니다." : "A contributor may not publish, unpublish or schedule posts.";

    public string PostMissing => Korean ? "그런 글이 없습니다." : "There is no such post.";

    public string BackToPosts => Korean ? "글 목록으로" : "Back to posts";

    public string ConflictTitle => Korean ? "다른 곳에서 이 글을 먼저 저장했습니다" : "Someone saved this post first";

    public string ConflictHelp => Korean
        ? "아래는 저장된 글(상대)과 내 글의 차이입니다. 저장된 글을 다시 불러오거나(내 변경은 사라집니다), 내 글로 덮어쓸 수 있습니다."
        : "Below is what differs between the saved post (theirs) and yours. Reload theirs (your changes are dropped), or overwrite it with yours.";

    public string ReloadTheirs => Korean ? "저장된 글 다시 불러오기" : "Reload theirs";

    public string OverwriteMine => Korean ? "내 글로 덮어쓰기" : "Overwrite with mine";

    public string ConflictBanner => Korean ? "다른 곳에서 이 글을 저장했습니다. 자동 저장을 멈췄습니다." : "This post was saved elsewhere; autosave stopped.";

    public string ReviewConflict => Korean ? "차이 보기" : "Review the differences";

    public string Theirs => Korean ? "저장된 글" : "Theirs";

    public string Yours => Korean ? "내 글" : "Yours";

    public string Revisions => Korean ? "수정 기록" : "Revisions";

    public string NoRevisions => Korean ? "아직 기록이 없습니다. 이 기능 이전에 저장된 글은 다음 저장부터 기록됩니다." : "No revisions yet. Posts saved before revisions were kept get their first one at the next save.";

    public string RevisionsKept(int limit) => Korean ? $"최근 {limit}개까지 보관합니다." : $"The last {limit} are kept.";

    public string RevisionNumber(long number) => Korean ? $"{number}번째 수정" : $"Revision {number}";

    public string When => Korean ? "시각" : "When";

    public string Who => Korean ? "누가" : "Who";

    public string Why => Korean ? "이유" : "Why";

    public string Compare => Korean ? "현재와 비교" : "Compare with current";

    public string Restore => Korean ? "이 수정본 복원" : "Restore this revision";

    public string RestoreHelp => Korean ? "복원하면 새 수정본으로 저장되며, 발행 상태는 그대로입니다." : "Restoring saves it as a new revision; the post's status stays as it is.";

    public string Restored(long number) => Korean ? $"{number}번째 수정본을 복원했습니다." : $"Revision {number} restored.";

    public string RevisionMissing => Korean ? "그런 수정본이 없습니다(보관 기간이 지났을 수 있습니다)." : "There is no such revision (it may no longer be kept).";

    public string DiffAgainstCurrent(long number) => Korean ? $"{number}번째 수정본(−)과 현재 글(+)의 차이" : $"Revision {number} (−) against the current post (+)";

    public string NoDifferences => Korean ? "차이가 없습니다." : "No differences.";

    public string LinesRemoved => Korean ? "삭제된 줄" : "Removed line";

    public string LinesAdded => Korean ? "추가된 줄" : "Added line";

    public string Unknown => Korean ? "알 수 없음" : "unknown";

    public string ReasonName(RevisionReason reason) => reason switch
    {
        RevisionReason.Publish => Korean ? "발행" : "Published",
        RevisionReason.Unpublish => Korean ? "발행 취소" : "Unpublished",
        RevisionReason.Schedule => Korean ? "예약" : "Scheduled",
        RevisionReason.Restore => Korean ? "복원" : "Restored",
        _ => Korean ? "저장" : "Saved",
    };

    public string Time(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString(Korean ? "yyyy-MM-dd HH:mm" : "MMM d, yyyy HH:mm", Culture);
}
