namespace Platform.Gateway.Studio;

/// <summary>The words of the blog tokens page and of who wrote a revision or a post.</summary>
internal sealed partial class StudioText
{
    public string BlogTokens => Korean ? "API 토큰" : "API tokens";

    public string BlogTokensHelp => Korean
        ? "스크립트와 도구가 작성자 API(/api/v1)에 쓰는 이 블로그의 토큰입니다. 비밀 값은 만들 때 한 번만 보여 주며 저장하지 않습니다(SHA-256 해시만 저장). 개인 토큰은 각 멤버의 계정 페이지에서 만듭니다."
        : "This blog's tokens for scripts and tools using the author API (/api/v1). A secret is shown once, when it is made, and never stored (only its SHA-256 digest is). Members make personal tokens on their account page.";

    public string BlogTokensOwnersOnly => Korean ? "블로그 토큰은 소유자만 관리할 수 있습니다." : "Only the blog's owners can manage its tokens.";

    public string NewBlogToken => Korean ? "새 토큰 만들기" : "Create a token";

    public string TokenCreated(string name) => Korean ? $"토큰 \"{name}\"을(를) 만들었습니다." : $"Token \"{name}\" created.";

    public string CopyTokenNow => Korean
        ? "지금 복사해 안전한 곳에 보관하세요. 이 페이지를 떠나면 다시 볼 수 없습니다. 잃어버리면 취소하고 새로 만드세요."
        : "Copy it now and keep it somewhere safe: it is not shown again once you leave this page. If you lose it, revoke it and create another.";

    public string SecretLabel => Korean ? "토큰 비밀 값" : "Token secret";

    public string TokenId => Korean ? "ID" : "ID";

    public string Created => Korean ? "만든 날" : "Created";

    public string TokenKind => Korean ? "종류" : "Kind";

    public string BlogTokenKind => Korean ? "블로그 토큰" : "Blog token";

    public string PersonalTokenOf(string member) => Korean ? $"{member}의 개인 토큰" : $"Personal token of {member}";

    public string RevokedOn(string when) => Korean ? $"{when}에 취소됨" : $"Revoked {when}";

    public string Live => Korean ? "사용 중" : "Live";

    public string NoBlogTokens => Korean ? "이 블로그에는 토큰이 없습니다." : "This blog has no tokens.";

    public string RevokedTokens => Korean ? "취소된 토큰" : "Revoked tokens";

    public string TokenRevoked(string name) => Korean ? $"토큰 \"{name}\"을(를) 취소했습니다. 이제 아무것도 인증하지 않습니다." : $"Token \"{name}\" revoked: it authenticates nothing from now on.";

    public string TokenMissing => Korean ? "이 블로그에 그런 토큰이 없습니다." : "This blog has no such token.";

    public string ThisSessionsToken => Korean ? "지금 이 세션이 로그인한 토큰입니다. 취소하면 로그아웃됩니다." : "This session signed in with this token: revoking it signs you out.";

    public string TokenNameHelp => Korean ? "어디에 쓰는 토큰인지 알 수 있는 이름(1~100자). 예: ci, 백업 스크립트" : "A name that says what uses it, 1 to 100 characters, e.g. ci or backup script.";

    public string TokenRoleHelp => Korean ? "토큰이 할 수 있는 일입니다. 필요한 만큼만 주세요." : "What the token may do: give no more than it needs.";

    public string TokenNameRequired => Korean ? "토큰 이름을 입력하세요(1~100자)." : "A token needs a name of 1 to 100 characters.";

    public string TokenNameTooLong => Korean ? "토큰 이름은 100자 이하여야 합니다." : "A token's name has at most 100 characters.";

    public string UnknownRole => Korean ? "역할은 소유자, 편집자, 작성자, 기고자 중 하나여야 합니다." : "The role must be owner, editor, author or contributor.";

    public string TokensNotCreated => Korean ? "토큰을 만들지 못했습니다. 표시된 칸을 고치세요." : "No token was created: correct the field marked below.";

    public string ATokenNamed(string name) => Korean ? $"토큰 \"{name}\"" : $"token \"{name}\"";

    public string AToken => Korean ? "토큰(이름 없음)" : "a token";

    public string RemovedMember => Korean ? "내보낸 멤버" : "removed member";

    public string You(string name) => Korean ? $"{name}(나)" : $"{name} (you)";
}
