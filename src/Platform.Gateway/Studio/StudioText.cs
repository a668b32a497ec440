using System.Globalization;

namespace Platform.Gateway.Studio;

/// <summary>The studio's words in English and Korean; the dashboard follows the blog's locale, the sign-in page the browser's.</summary>
internal sealed partial class StudioText
{
    private static readonly StudioText s_english = new(false);
    private static readonly StudioText s_korean = new(true);

    private StudioText(bool korean)
    {
        Korean = korean;
        Culture = CultureInfo.GetCultureInfo(korean ? "ko-KR" : "en-US");
    }

    public bool Korean { get; }

    public CultureInfo Culture { get; }

    public string Lang => Korean ? "ko" : "en";

    public string Studio => Korean ? "스튜디오" : "Studio";

    public string Analytics => Korean ? "분석" : "Analytics";

    public string SignIn => Korean ? "로그인" : "Sign in";

    public string SignOut => Korean ? "로그아웃" : "Sign out";

    public string Token => Korean ? "블로그 토큰" : "Blog token";

    public string TokenHelp => Korean
        ? "블로그의 소유자 또는 편집자 토큰을 붙여 넣으세요. 토큰은 이 브라우저의 세션 쿠키로 바뀌며 저장되지 않습니다."
        : "Paste an owner or editor token of your blog. It is exchanged for a session cookie in this browser and never stored.";

    public string BadToken => Korean ? "토큰이 올바르지 않거나 취소되었습니다." : "That token is not valid or was revoked.";

    public string TooManyAttempts => Korean ? "시도가 너무 많습니다. 잠시 후 다시 시도하세요." : "Too many attempts. Wait a minute and try again.";

    public string YourBlogs => Korean ? "내 블로그" : "Your blogs";

    public string Blog => Korean ? "블로그" : "Blog";

    public string NoAnalyticsRole => Korean ? "이 토큰의 역할로는 분석을 볼 수 없습니다. 소유자 또는 편집자 토큰으로 로그인하세요." : "This token's role cannot see analytics: sign in with an owner or editor token.";

    public string Visitors => Korean ? "순 방문자" : "Unique visitors";

    public string VisitorsNote => Korean
        ? "일별 순 방문자의 합계입니다. 같은 사람이 이틀 방문하면 두 번 셉니다(쿠키 없이 매일 새 솔트를 쓰기 때문)."
        : "The sum of daily unique visitors: someone who comes on two days counts twice (no cookies, and a new salt every day).";

    public string Visits => Korean ? "방문" : "Visits";

    public string Pageviews => Korean ? "페이지뷰" : "Pageviews";

    public string ViewsPerVisit => Korean ? "방문당 페이지뷰" : "Views per visit";

    public string BounceRate => Korean ? "이탈률" : "Bounce rate";

    public string VisitDuration => Korean ? "평균 방문 시간" : "Visit duration";

    public string VisitorsNow => Korean ? "현재 방문자" : "Visitors now";

    public string VersusPrevious => Korean ? "이전 기간 대비" : "vs previous period";

    public string Period => Korean ? "기간" : "Period";

    public string From => Korean ? "시작일" : "From";

    public string To => Korean ? "종료일" : "To";

    public string Apply => Korean ? "적용" : "Apply";

    public string ExportCsv => Korean ? "CSV 내보내기" : "Export CSV";

    public string Filters => Korean ? "필터" : "Filters";

    public string RemoveFilter => Korean ? "필터 제거" : "Remove filter";

    public string FilterBy => Korean ? "이 값으로 필터" : "Filter by this value";

    public string NoData => Korean ? "이 기간에는 데이터가 없습니다." : "No data for this period.";

    public string Chart => Korean ? "방문자와 페이지뷰" : "Visitors and pageviews";

    public string TopPages => Korean ? "인기 페이지" : "Top pages";

    public string Sources => Korean ? "유입 경로" : "Sources";

    public string Countries => Korean ? "국가" : "Countries";

    public string Devices => Korean ? "기기" : "Devices";

    public string Browsers => Korean ? "브라우저" : "Browsers";

    public string Systems => Korean ? "운영체제" : "Operating systems";

    public string Campaigns => Korean ? "캠페인 (utm_campaign)" : "Campaigns (utm_campaign)";

    public string Name => Korean ? "이름" : "Name";

    public string TimesIn(string zone) => Korean ? $"시간대: {zone}" : $"Times in {zone}";

    public string PeriodName(string period) => period switch
    {
        "day" => Korean ? "오늘" : "Today",
        "7d" => Korean ? "최근 7일" : "Last 7 days",
        "30d" => Korean ? "최근 30일" : "Last 30 days",
        "month" => Korean ? "이번 달" : "This month",
        "6mo" => Korean ? "최근 6개월" : "Last 6 months",
        "12mo" => Korean ? "최근 12개월" : "Last 12 months",
        _ => Korean ? "사용자 지정" : "Custom",
    };

    public static StudioText For(string? locale) =>
        locale is not null && locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? s_korean : s_english;
}
