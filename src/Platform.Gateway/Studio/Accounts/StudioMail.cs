using Platform.Blogging.Access;
using Platform.Gateway.Mail;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>The studio's messages, in English or Korean: invitations in the blog's language, resets in the user's.</summary>
internal static class StudioMail
{
    public static OutgoingMail Invitation(string to, string blogTitle, TokenRole role, string link, DateTimeOffset expires, bool korean)
    {
        var text = StudioText.For(korean ? "ko" : "en");
        var roleName = text.RoleName(role);
        return korean
            ? new OutgoingMail(to, $"{blogTitle} 블로그 초대", string.Join('\n',
                $"블로그 \"{blogTitle}\"에 {roleName}(으)로 초대받았습니다.", "", "아래 링크에서 초대를 수락하세요. 링크는 한 번만 쓸 수 있고,",
                $"{expires.ToUniversalTime():yyyy-MM-dd HH:mm} UTC에 만료됩니다.", "", link, "", "초대를 기대하지 않았다면 이 메일을 무시하세요."))
            : new OutgoingMail(to, $"You are invited to {blogTitle}", string.Join('\n',
                $"You are invited to the blog \"{blogTitle}\" as {roleName}.", "", "Accept the invitation at the link below. It works once and expires",
                $"on {expires.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.", "", link, "", "If you did not expect this, ignore this message."));
    }

    public static OutgoingMail Reset(string to, string link, bool korean) => korean
        ? new OutgoingMail(to, "비밀번호 재설정", string.Join('\n',
            "비밀번호 재설정을 요청받았습니다. 아래 링크에서 새 비밀번호를 정하세요.", "링크는 1시간 동안 한 번만 쓸 수 있습니다.", "", link, "",
            "요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 그대로입니다."))
        : new OutgoingMail(to, "Reset your password", string.Join('\n',
            "Someone asked to reset the password of your account. Choose a new one at the link below.", "It works once, for one hour.", "", link, "",
            "If it was not you, ignore this message: your password stays as it is."));
}
