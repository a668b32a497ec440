using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
    public void Every_first_path_segment_the_platform_maps_for_itself_is_a_reserved_blog_name()
    {
        // A blog named like one of the platform's own routes would be unreachable under that name (or shadow it):
        // the route table, not a copy of the list, says which names those are.
        using var factory = new Platform.Gateway.Tests.Hosting.GatewayFactory();
        _ = factory.Server;
        var segments = factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? "").TrimStart('/').Split('/')[0])
            .Where(first => first.Length > 0 && !first.StartsWith('{'))
            .Select(first => first.ToLowerInvariant())
            .Where(first => BlogNames.IsWellFormed(first))
            .Distinct()
            .ToArray();

        segments.Should().Contain(["api", "health", "openapi"], "the platform maps these itself");
        segments.Should().OnlyContain(s => BlogNames.IsReserved(s));
        BlogNames.IsReserved("alice").Should().BeFalse();
    }

}
