using Platform.Blogging.Accounts;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;

namespace Platform.Gateway.Studio.Shell;

/// <summary>
/// A refusal from the Blogging layer in the page's language. The Blogging layer words its exceptions in English (the
/// API's problem+json text) and names the rule in <see cref="InvalidInputException.Reason"/>; an English page shows the
/// message as it is, a Korean page the Korean words for the rule (and the English message for a rule it does not know).
/// </summary>
internal static class StudioErrorText
{
    public static string For(StudioText text, Exception refusal)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(refusal);
        if (!text.Korean)
        {
            return refusal.Message;
        }

        return refusal switch
        {
            InvalidInputException { Reason: { } reason } => Korean(reason) ?? refusal.Message,
            SlugConflictException => "이 주소(슬러그 또는 고유 주소)는 다른 글이 이미 씁니다. 다른 슬러그를 고르세요.",
            _ => refusal.Message,
        };
    }

    private static string? Korean(string reason) => reason switch
    {
        InputReasons.BlogTitle => "제목은 1자 이상 200자 이하여야 합니다.",
        InputReasons.BlogDescription => "설명은 1000자 이하여야 합니다.",
        InputReasons.BlogAuthor => "저자는 200자 이하여야 합니다.",
        InputReasons.Locale => "알 수 없는 언어입니다. en 또는 ko처럼 적으세요.",
        InputReasons.TimeZone => "알 수 없는 시간대입니다. Asia/Seoul이나 UTC 같은 IANA 시간대 이름을 쓰세요.",
        InputReasons.PostsPerPage => "페이지당 글 수는 1에서 100 사이의 정수여야 합니다.",
        InputReasons.PermalinkPattern => "고유 주소 형식은 pretty, date, ordinal, none 중 하나이거나 :title 또는 :slug가 들어간 경로여야 합니다.",
        InputReasons.NavigationCount => $"내비게이션 링크는 최대 {NavigationLink.MaxLinks}개입니다.",
        InputReasons.NavigationLabel => $"내비게이션 링크마다 1자 이상 {NavigationLink.MaxLabelLength}자 이하의 이름이 있어야 합니다.",
        InputReasons.NavigationUrl => "내비게이션 링크는 \"이름 | 주소\" 형식이고, 주소는 블로그 경로(/about/) 또는 http(s) 주소여야 합니다.",
        InputReasons.DomainCount => "사용자 도메인은 최대 10개입니다.",
        InputReasons.DomainName => "올바른 호스트 이름이 아닌 도메인이 있습니다. 예: blog.example.com",
        InputReasons.PostTitle => "제목이 너무 깁니다(최대 300자).",
        InputReasons.TagCount => "태그는 최대 50개입니다.",
        InputReasons.Tag => "태그는 1자 이상 100자 이하이고 '/'를 쓸 수 없습니다.",
        InputReasons.CategoryDepth => "카테고리 경로는 최대 10단계입니다.",
        InputReasons.Category => "카테고리는 1자 이상 100자 이하여야 합니다.",
        InputReasons.PostDescription => "설명은 2000자 이하여야 합니다.",
        InputReasons.ImageUrl => "이미지는 http, https 또는 상대 URL이어야 합니다.",
        InputReasons.SchedulePast => "예약 시각은 미래여야 합니다.",
        InputReasons.PermalinkReserved => "그 주소는 플랫폼 페이지(/tags/, /feed.xml 등)가 씁니다. 다른 슬러그를 고르세요.",
        InputReasons.TokenName => "토큰 이름은 1자 이상 100자 이하여야 합니다.",
        InputReasons.Role => "역할은 소유자, 편집자, 작성자, 기고자 중 하나여야 합니다.",
        InputReasons.TokenLimit => "블로그의 토큰은 취소된 것을 포함해 최대 200개입니다.",
        InputReasons.PersonalTokenRole => "개인 토큰의 역할은 이 블로그에서 내 역할보다 높을 수 없습니다.",
        InputReasons.MemberLimit => $"블로그의 멤버는 최대 {AccountLimits.MaxMembers}명입니다.",
        InputReasons.LastOwner => "블로그에는 소유자가 있어야 합니다. 먼저 다른 사람을 소유자로 만드세요.",
        InputReasons.InvitationLimit => $"대기 중인 초대는 최대 {AccountLimits.MaxInvitations}개입니다.",
        InputReasons.InvitationInvalid => "이 초대 링크는 올바르지 않거나, 이미 사용되었거나, 취소되었거나, 만료되었습니다.",
        InputReasons.InvitationEmail => "이 초대는 다른 이메일 주소로 보낸 것입니다.",
        InputReasons.Email => "올바른 이메일 주소가 아닙니다.",
        InputReasons.AccountExists => "그 이메일의 계정이 이미 있습니다. 로그인하세요.",
        InputReasons.DisplayName => $"이름은 {AccountLimits.MaxDisplayName}자 이하여야 합니다.",
        InputReasons.PasswordShort => $"비밀번호는 {AccountLimits.MinPasswordLength}자 이상이어야 합니다.",
        InputReasons.PasswordLong => $"비밀번호는 {AccountLimits.MaxPasswordLength}자 이하여야 합니다.",
        _ => null,
    };
}
