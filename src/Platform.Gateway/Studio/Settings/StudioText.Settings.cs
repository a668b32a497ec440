namespace Platform.Gateway.Studio;

/// <summary>The words of the blog settings page.</summary>
internal sealed partial class StudioText
{
    public string Settings => Korean ? "설정" : "Settings";

    public string SettingsSaved => Korean ? "설정을 저장했습니다." : "Settings saved.";

    public string OwnersOnly => Korean ? "블로그 설정은 소유자만 바꿀 수 있습니다." : "Only the blog's owners can change its settings.";

    public string Description => Korean ? "설명" : "Description";

    public string AuthorName => Korean ? "저자" : "Author";

    public string Locale => Korean ? "언어" : "Language";

    public string LocaleHelp => Korean ? "블로그 화면과 스튜디오의 언어입니다. 예: ko, en" : "The language of the blog's pages and of this studio, e.g. en or ko.";

    public string TimeZone => Korean ? "시간대" : "Time zone";

    public string TimeZoneHelp => Korean ? "IANA 시간대 이름입니다. 예: Asia/Seoul, UTC" : "An IANA time zone name, e.g. Asia/Seoul or UTC. Dates, scheduling and analytics follow it.";

    public string Permalink => Korean ? "고유 주소 형식" : "Permalink pattern";

    public string PermalinkHelp => Korean
        ? "pretty, date, ordinal, none 중 하나 또는 /:year/:month/:title/ 같은 형식입니다. 새로 저장하는 글부터 적용되며 기존 글의 주소는 그대로입니다."
        : "pretty, date, ordinal, none, or a pattern such as /:year/:month/:title/. It applies to posts saved from now on; existing posts keep their URLs.";

    public string PostsPerPage => Korean ? "페이지당 글 수" : "Posts per page";

    public string Navigation => Korean ? "내비게이션 링크" : "Navigation links";

    public string NavigationHelp => Korean
        ? "한 줄에 하나씩 \"이름 | 주소\" 형식으로 적습니다. 주소는 /about/ 같은 블로그 경로나 https:// 주소입니다. 최대 12개."
        : "One per line, as \"Label | URL\". The URL is a path of the blog such as /about/ or an https:// address. At most 12.";

    public string CustomDomains => Korean ? "사용자 도메인" : "Custom domains";

    public string CustomDomainsHelp => Korean ? "한 줄에 하나씩, 최대 10개. 예: blog.example.com" : "One per line, at most 10, e.g. blog.example.com.";

    public string DnsRecords => Korean ? "만들어야 할 DNS 레코드" : "DNS records to create";

    public string DnsHelp => Korean
        ? "각 도메인의 DNS에 아래 CNAME 레코드를 만드세요. 루트 도메인(example.com)은 DNS 제공자의 ALIAS/ANAME 레코드를 쓰세요."
        : "Create this CNAME record at each domain's DNS provider. For a root domain (example.com), use your provider's ALIAS or ANAME record instead.";

    public string DnsLocalhost => Korean
        ? "이 플랫폼은 localhost에서 실행 중이라 DNS 대상이 없습니다. 운영 환경에서는 Platform:Domain을 설정하세요."
        : "This platform runs on localhost, so there is no DNS target yet: set Platform:Domain in production.";

    public string RecordType => Korean ? "유형" : "Type";

    public string RecordName => Korean ? "이름" : "Name";

    public string RecordTarget => Korean ? "대상" : "Target";

    public string SettingsNotSaved => Korean ? "설정을 저장하지 못했습니다. 표시된 항목을 고치세요." : "The settings were not saved: correct the field marked below.";
}
