using System.Text.Json;
using Platform.Blogging.Access;
using Platform.Blogging.Authoring;
using Platform.Blogging.Errors;
using Platform.Blogging.Posts;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Access;

public sealed class BlogAccessTests
{
    [Fact]
    public async Task An_issued_token_authenticates_by_digest_and_only_the_digest_is_stored()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var access = host.Grains.GetGrain<IBlogAccessGrain>("demo");

        var issued = await access.Issue("ci", TokenRole.Editor);

        issued.Secret.Should().StartWith("plt_demo_");
        (await access.Authenticate(AccessTokens.Hash(issued.Secret)))!.Role.Should().Be(TokenRole.Editor);
        (await access.Authenticate(AccessTokens.Hash(issued.Secret + "x"))).Should().BeNull();
        var stored = await host.ReadStoredAsync<AccessState>("access", "blogaccess", "demo");
        stored.Tokens.Should().ContainSingle();
        var json = JsonSerializer.Serialize(stored);
        json.Should().NotContain(issued.Secret).And.NotContain(issued.Secret["plt_demo_".Length..]).And.Contain(AccessTokens.Hash(issued.Secret));
    }

    [Fact]
    public async Task Tokens_and_revocations_survive_a_restart()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var kept = await host.Grains.GetGrain<IBlogAccessGrain>("demo").Issue("kept", TokenRole.Author);
        var revoked = await host.Grains.GetGrain<IBlogAccessGrain>("demo").Issue("gone", TokenRole.Owner);
        (await host.Grains.GetGrain<IBlogAccessGrain>("demo").Revoke(revoked.Info.Id)).Should().BeTrue();

        await host.RestartAsync();

        var access = host.Grains.GetGrain<IBlogAccessGrain>("demo");
        (await access.Authenticate(AccessTokens.Hash(kept.Secret)))!.Id.Should().Be(kept.Info.Id);
        (await access.Authenticate(AccessTokens.Hash(revoked.Secret))).Should().BeNull();
        var list = await access.List();
        list.Select(t => t.Name).Should().Equal("kept", "gone");
        list.Single(t => t.Name == "gone").RevokedAt.Should().NotBeNull();
        (await access.Revoke("tok_unknown")).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_token_needs_a_name(string name)
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var act = () => host.Grains.GetGrain<IBlogAccessGrain>("demo").Issue(name, TokenRole.Editor);
        (await act.Should().ThrowAsync<InvalidInputException>()).Which.Should().Match<InvalidInputException>(e => e.Field == "name" && e.Reason == InputReasons.TokenName, "the rule crosses the grain boundary with the refusal");
    }

    [Theory]
    [InlineData("plt_demo_abc", true, "demo")]
    [InlineData("plt_my-blog_a_b-c", true, "my-blog")]
    [InlineData("plt__abc", false, "")]
    [InlineData("plt_demo_", false, "")]
    [InlineData("plt_Demo_abc", false, "")]
    [InlineData("plt_admin_abc", false, "")]
    [InlineData("xyz_demo_abc", false, "")]
    [InlineData(null, false, "")]
    public void The_token_prefix_names_its_blog(string? token, bool valid, string blog)
    {
        AccessTokens.TryReadBlog(token, out var read).Should().Be(valid);
        read.Should().Be(blog);
    }

    [Fact]
    public void Generated_tokens_are_distinct_and_carry_256_bits()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => AccessTokens.Generate("demo")).ToArray();
        tokens.Should().OnlyHaveUniqueItems();
        tokens.Should().OnlyContain(t => t.Length == "plt_demo_".Length + 43 && t.StartsWith("plt_demo_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_creating_token_is_kept_as_owner_across_edits_and_a_forced_draft_is_published_only_by_an_edit_whose_front_matter_publishes_it()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var saved = await host.Authoring.CreatePostAsync("demo", new PostSource("---\ntitle: Mine\n---\nx", ForceDraft: true), ownerId: "tok_me");
        saved.Document.Content.OwnerId.Should().Be("tok_me");
        saved.Document.Status.Should().Be(PostStatus.Draft);

        var edited = await host.Authoring.UpdatePostAsync("demo", saved.Document.Id, new PostSource("---\ntitle: Mine, edited\n---\ny"), saved.Document.Revision);
        edited.Document.Content.OwnerId.Should().Be("tok_me");
        edited.Document.Status.Should().Be(PostStatus.Published);
    }
}
