using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Errors;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Accounts;

/// <summary>Members, invitations and personal tokens in a blog's access grain.</summary>
public sealed class MembershipTests
{
    [Fact]
    public async Task An_invitation_works_once_for_its_address_and_expires_after_seven_days()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var accounts = host.Silo(0).GetRequiredService<AccountService>();
        var access = host.Grains.GetGrain<IBlogAccessGrain>("demo");
        var bea = await accounts.RegisterAsync("bea@example.com", "Bea", "password for bea", "en");
        var cy = await accounts.RegisterAsync("cy@example.com", "Cy", "password for cy!", "en");

        var invitation = await access.Invite("Bea@Example.com", TokenRole.Author, "admin");
        invitation.Token.Should().StartWith("pli_demo_");
        JsonSerializer.Serialize(await host.ReadStoredAsync<AccessState>("access", "blogaccess", "demo")).Should().NotContain(invitation.Token[^20..]);
        (await accounts.FindInvitationAsync(invitation.Token))!.Email.Should().Be("bea@example.com");

        var wrongPerson = () => accounts.AcceptAsync(invitation.Token, cy);
        await wrongPerson.Should().ThrowAsync<InvalidInputException>().WithMessage("*another email*");
        (await accounts.AcceptAsync(invitation.Token, bea)).Role.Should().Be(TokenRole.Author);
        (await access.MemberRole(bea.Id)).Should().Be(TokenRole.Author);
        (await accounts.User(bea.Id).Read())!.Blogs.Should().Equal("demo");
        var twice = () => accounts.AcceptAsync(invitation.Token, bea);
        await twice.Should().ThrowAsync<InvalidInputException>().WithMessage("*not valid*");
        (await accounts.FindInvitationAsync(invitation.Token)).Should().BeNull();

        var late = await access.Invite(null, TokenRole.Editor, "admin");
        host.Time.Advance(AccountLimits.InvitationLifetime + TimeSpan.FromSeconds(1));
        (await access.Invitations()).Should().BeEmpty();
        var expired = () => accounts.AcceptAsync(late.Token, cy);
        await expired.Should().ThrowAsync<InvalidInputException>();
        (await access.MemberRole(cy.Id)).Should().BeNull();

        var withdrawn = await access.Invite("cy@example.com", TokenRole.Contributor, bea.Id);
        (await access.RevokeInvitation(withdrawn.Info.Id)).Should().BeTrue();
        var revoked = () => accounts.AcceptAsync(withdrawn.Token, cy);
        await revoked.Should().ThrowAsync<InvalidInputException>();
    }

    [Fact]
    public async Task Personal_tokens_stay_within_the_members_role_and_die_with_the_membership()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var accounts = host.Silo(0).GetRequiredService<AccountService>();
        var access = host.Grains.GetGrain<IBlogAccessGrain>("demo");
        var owner = await accounts.RegisterAsync("own@example.com", "Own", "password for own", "en");
        var editor = await accounts.RegisterAsync("ed@example.com", "Ed", "password for ed!", "en");
        await accounts.JoinAsync("demo", owner, TokenRole.Owner);
        await accounts.JoinAsync("demo", editor, TokenRole.Editor);

        var tooHigh = () => access.IssuePersonal(editor.Id, "script", TokenRole.Owner);
        await tooHigh.Should().ThrowAsync<InvalidInputException>().WithMessage("*above your own role*");
        var stranger = () => access.IssuePersonal(AccountIds.NewUserId(), "script", TokenRole.Author);
        await stranger.Should().ThrowAsync<InvalidInputException>();
        var editorToken = await access.IssuePersonal(editor.Id, "script", TokenRole.Editor);
        var authorToken = await access.IssuePersonal(editor.Id, "drafts", TokenRole.Author);
        var info = (await access.Authenticate(AccessTokens.Hash(editorToken.Secret)))!;
        info.UserId.Should().Be(editor.Id);
        info.OwnerId.Should().Be("usr_" + editor.Id);

        (await access.ChangeMemberRole(editor.Id, TokenRole.Author)).Should().BeTrue();
        (await access.Authenticate(AccessTokens.Hash(editorToken.Secret))).Should().BeNull("a token above the new role is revoked");
        (await access.Authenticate(AccessTokens.Hash(authorToken.Secret))).Should().NotBeNull();

        (await accounts.RemoveAsync("demo", editor.Id)).Should().BeTrue();
        (await access.Authenticate(AccessTokens.Hash(authorToken.Secret))).Should().BeNull("removal revokes every personal token at once");
        (await access.MemberRole(editor.Id)).Should().BeNull();
        (await accounts.User(editor.Id).Read())!.Blogs.Should().BeEmpty();

        var lastOwner = () => access.RemoveMember(owner.Id);
        await lastOwner.Should().ThrowAsync<InvalidInputException>().WithMessage("*last owner*");
        var demote = () => access.ChangeMemberRole(owner.Id, TokenRole.Editor);
        await demote.Should().ThrowAsync<InvalidInputException>();
    }

    [Theory]
    [InlineData(TokenRole.Owner, TokenRole.Owner, true)]
    [InlineData(TokenRole.Owner, TokenRole.Editor, true)]
    [InlineData(TokenRole.Editor, TokenRole.Author, true)]
    [InlineData(TokenRole.Editor, TokenRole.Contributor, true)]
    [InlineData(TokenRole.Editor, TokenRole.Editor, false)]
    [InlineData(TokenRole.Editor, TokenRole.Owner, false)]
    [InlineData(TokenRole.Author, TokenRole.Contributor, false)]
    [InlineData(TokenRole.Contributor, TokenRole.Contributor, false)]
    public void Owners_grant_every_role_and_editors_only_authors_and_contributors(TokenRole actor, TokenRole role, bool allowed) =>
        MemberRules.CanGrant(actor, role).Should().Be(allowed);
}
