namespace Platform.Gateway.Studio;

/// <summary>The words of accounts: sign-in, passwords, two-factor sign-in, invitations, members and personal tokens.</summary>
internal sealed partial class StudioText
{
    public string Email => Korean ? "이메일" : "Email";

    public string Password => Korean ? "비밀번호" : "Password";

    public string DisplayName => Korean ? "이름" : "Name";

    public string DisplayNameHelp => Korean ? "다른 멤버에게 보이는 이름입니다. 비워 두면 이메일의 앞부분을 씁니다." : "Shown to other members. Left empty, the part of your email before the @ is used.";

    public string PasswordHelp => Korean ? "10자 이상 128자 이하. 긴 문장이 외우기 쉽고 안전합니다." : "10 to 128 characters. A long phrase is easy to remember and hard to guess.";

    public string BadCredentials => Korean ? "이메일 또는 비밀번호가 올바르지 않습니다." : "That email and password do not match an account.";

    public string LockedOut(DateTimeOffset until) => Korean
        ? $"실패한 시도가 너무 많아 계정이 잠겼습니다. {until.ToUniversalTime():HH:mm} UTC 이후에 다시 시도하거나 비밀번호를 재설정하세요."
        : $"Too many failed attempts: the account is locked until {until.ToUniversalTime():HH:mm} UTC. Try again then, or reset your password.";

    public string SignInWithToken => Korean ? "블로그 토큰으로 로그인" : "Sign in with a blog token";

    public string ForgotPassword => Korean ? "비밀번호를 잊으셨나요?" : "Forgot your password?";

    public string ResetPassword => Korean ? "비밀번호 재설정" : "Reset your password";

    public string SendResetLink => Korean ? "재설정 링크 보내기" : "Send a reset link";

    public string ResetSent => Korean
        ? "그 이메일의 계정이 있으면 재설정 링크를 보냈습니다. 링크는 1시간 동안 한 번만 쓸 수 있습니다."
        : "If an account has that email, a reset link is on its way. It works once, for one hour.";

    public string NewPassword => Korean ? "새 비밀번호" : "New password";

    public string CurrentPassword => Korean ? "현재 비밀번호" : "Current password";

    public string SetPassword => Korean ? "비밀번호 설정" : "Set password";

    public string ResetInvalid => Korean ? "이 재설정 링크는 올바르지 않거나, 이미 사용되었거나, 만료되었습니다." : "This reset link is not valid: it was used, replaced or has expired.";

    public string ResetDone => Korean ? "비밀번호를 바꿨습니다. 새 비밀번호로 로그인하세요." : "Your password is set. Sign in with it.";

    public string TwoFactor => Korean ? "2단계 인증" : "Two-factor sign-in";

    public string Code => Korean ? "인증 코드" : "Code";

    public string CodeHelp => Korean ? "인증 앱의 6자리 코드 또는 복구 코드를 입력하세요." : "The 6-digit code from your authenticator app, or one of your recovery codes.";

    public string BadCode => Korean ? "코드가 올바르지 않습니다." : "That code is not right.";

    public string Verify => Korean ? "확인" : "Verify";

    public string CodeExpired => Korean ? "로그인 단계가 만료되었습니다. 다시 로그인하세요." : "The sign-in step expired: sign in again.";

    public string Account => Korean ? "계정" : "Account";

    public string ChangePassword => Korean ? "비밀번호 변경" : "Change password";

    public string PasswordChanged => Korean ? "비밀번호를 바꿨습니다. 다른 기기의 세션은 끝났습니다." : "Password changed. Sessions on other devices have ended.";

    public string WrongPassword => Korean ? "비밀번호가 올바르지 않습니다." : "That password is not right.";

    public string TwoFactorOn => Korean ? "2단계 인증이 켜져 있습니다." : "Two-factor sign-in is on.";

    public string TwoFactorOff => Korean ? "2단계 인증이 꺼져 있습니다." : "Two-factor sign-in is off.";

    public string TurnOn => Korean ? "켜기" : "Turn on";

    public string TurnOff => Korean ? "끄기" : "Turn off";

    public string TotpSecretHelp => Korean
        ? "인증 앱에 이 키를 입력하거나 otpauth 링크를 여세요. 그런 다음 앱이 보여 주는 코드를 입력해 확인하세요."
        : "Enter this key in your authenticator app, or open the otpauth link on your phone; then confirm with the code the app shows.";

    public string SecretKey => Korean ? "비밀 키" : "Secret key";

    public string RecoveryCodes => Korean ? "복구 코드" : "Recovery codes";

    public string RecoveryCodesHelp => Korean
        ? "지금 안전한 곳에 보관하세요. 다시 보여 주지 않습니다. 코드마다 한 번씩, 인증 앱 대신 쓸 수 있습니다."
        : "Keep these somewhere safe now: they are not shown again. Each works once, instead of a code from the app.";

    public string RecoveryCodesLeft(int count) => Korean ? $"남은 복구 코드: {count}개" : $"Recovery codes left: {count}";

    public string Tokens => Korean ? "개인 API 토큰" : "Personal API tokens";

    public string TokensHelp => Korean
        ? "스크립트용 토큰입니다. 역할은 블로그에서의 내 역할보다 높을 수 없고, 이 토큰으로 쓴 글은 내 글이 됩니다. 멤버에서 빠지면 바로 취소됩니다."
        : "For scripts. A token's role is never above yours on the blog; posts written with it are yours. Leaving the blog revokes it at once.";

    public string TokenName => Korean ? "토큰 이름" : "Token name";

    public string Role => Korean ? "역할" : "Role";

    public string Create => Korean ? "만들기" : "Create";

    public string Revoke => Korean ? "취소" : "Revoke";

    public string NewTokenShown => Korean ? "새 토큰입니다. 지금 복사하세요. 다시 보여 주지 않습니다." : "Your new token. Copy it now: it is not shown again.";

    public string NoTokens => Korean ? "토큰이 없습니다." : "No tokens.";

    public string Members => Korean ? "멤버" : "Members";

    public string Invite => Korean ? "초대하기" : "Invite";

    public string InviteSomeone => Korean ? "멤버 초대" : "Invite someone";

    public string PendingInvitations => Korean ? "대기 중인 초대" : "Pending invitations";

    public string NoInvitations => Korean ? "대기 중인 초대가 없습니다." : "No pending invitations.";

    public string Expires => Korean ? "만료" : "Expires";

    public string Withdraw => Korean ? "초대 취소" : "Withdraw";

    public string ChangeRole => Korean ? "역할 변경" : "Change role";

    public string Remove => Korean ? "내보내기" : "Remove";

    public string Save => Korean ? "저장" : "Save";

    public string InvitationSent(string email) => Korean ? $"{email}에게 초대장을 보냈습니다." : $"Invitation sent to {email}.";

    public string MailFailed => Korean ? "초대 메일을 보내지 못해 초대를 취소했습니다. 잠시 후 다시 시도하세요." : "The invitation mail could not be sent, so the invitation was withdrawn. Try again later.";

    public string CannotGrant => Korean ? "그 역할을 줄 권한이 없습니다." : "You may not give that role.";

    public string CannotManage => Korean ? "이 멤버를 관리할 권한이 없습니다." : "You may not manage this member.";

    public string NoMembersRole => Korean ? "멤버 목록은 소유자와 편집자만 볼 수 있습니다." : "Only owners and editors see the members.";

    public string AcceptInvitation => Korean ? "초대 수락" : "Accept the invitation";

    public string InvitedTo(string blog, string role) => Korean ? $"블로그 {blog}에 {role}(으)로 초대받았습니다." : $"You are invited to the blog {blog} as {role}.";

    public string InvitationInvalid => Korean ? "이 초대 링크는 올바르지 않거나, 이미 사용되었거나, 취소되었거나, 만료되었습니다." : "This invitation link is not valid: it was used, withdrawn or has expired.";

    public string CreateAccountAndJoin => Korean ? "계정을 만들고 참여하기" : "Create my account and join";

    public string Join => Korean ? "참여하기" : "Join";

    public string HaveAccount => Korean ? "이미 계정이 있나요? 먼저 로그인하세요." : "Already have an account? Sign in first.";

    public string AccountExists => Korean ? "그 이메일의 계정이 이미 있습니다. 로그인한 뒤 이 링크를 다시 여세요." : "An account with this email exists already: sign in, then open this link again.";

    public string SignedInAs(string email) => Korean ? $"{email}(으)로 로그인됨" : $"Signed in as {email}";

    public string RoleName(Platform.Blogging.Access.TokenRole role) => role switch
    {
        Platform.Blogging.Access.TokenRole.Owner => Korean ? "소유자" : "owner",
        Platform.Blogging.Access.TokenRole.Editor => Korean ? "편집자" : "editor",
        Platform.Blogging.Access.TokenRole.Author => Korean ? "작성자" : "author",
        _ => Korean ? "기고자" : "contributor",
    };
}
