using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Tests.Tenancy;

public sealed class BlogNamesTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("abc-123", true)]
    [InlineData("0day", true)]
    [InlineData("", false)]
    [InlineData("-abc", false)]
    [InlineData("abc-", false)]
    [InlineData("Abc", false)]
    [InlineData("ab_c", false)]
    [InlineData("ab.c", false)]
    [InlineData("한글", false)]
    [InlineData("xn--abc", false)]
    [InlineData("www", false)]
    [InlineData("health", false)]
    public void Validity_follows_the_dns_label_rules_and_the_reserved_list(string name, bool valid) =>
        BlogNames.IsValid(name).Should().Be(valid);

    [Fact]
    public void Length_limit_is_63() =>
        (BlogNames.IsValid(new string('x', 63)), BlogNames.IsValid(new string('x', 64))).Should().Be((true, false));

    [Fact]
    public void Reserved_list_covers_the_platform_paths_and_hosts()
    {
        BlogNames.Reserved.Should().Contain(["www", "api", "admin", "static", "assets", "health", "openapi"]);
        BlogNames.Reserved.Should().OnlyHaveUniqueItems().And.OnlyContain(n => BlogNames.IsWellFormed(n));
        BlogNames.IsReserved("api").Should().BeTrue();
        BlogNames.IsReserved("alice").Should().BeFalse();
    }
}
