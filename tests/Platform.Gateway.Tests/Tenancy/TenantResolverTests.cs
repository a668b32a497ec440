using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Tests.Tenancy;

/// <summary>One row per rule of <see cref="TenantResolver"/>; the platform domain is <c>blogs.test</c>.</summary>
public sealed class TenantResolverTests
{
    private const string Domain = "blogs.test";

    private static readonly InMemoryCustomDomainMap s_domains = CreateDomains();

    private static InMemoryCustomDomainMap CreateDomains()
    {
        var map = new InMemoryCustomDomainMap();
        map.Set("alice.example", "alice");
        map.Set("www.alice.example", "alice");
        map.Set("bob.example:8443", "bob");
        map.Set("carol.blogs.test", "dave");   // collides with a subdomain: custom domain wins
        map.Set("localhost:7777", "erin");      // a port-specific custom domain on a local host
        return map;
    }

    private static TenantResolution Resolve(string? host, string? path = "/") => TenantResolver.Resolve(host, path, s_domains, Domain);

    // (a) custom domains
    [Theory]
    [InlineData("alice.example")]
    [InlineData("ALICE.Example")]
    [InlineData("alice.example.")]
    [InlineData("alice.example:8080")]
    [InlineData("alice.example.:443")]
    [InlineData("www.alice.example")]
    public void Custom_domain_matches_exactly_ignoring_case_trailing_dot_and_port(string host)
    {
        var result = Resolve(host, "/hello/");
        result.Should().Be(new TenantResolution(TenantResolutionStatus.Resolved, "alice", TenantSource.CustomDomain, "", "/hello/", TenantNotFoundReason.None));
    }

    [Fact]
    public void Custom_domain_configured_with_a_port_matches_only_that_port()
    {
        Resolve("bob.example:8443").Blog.Should().Be("bob");
        Resolve("BOB.example.:8443").Blog.Should().Be("bob");
        Resolve("bob.example").Status.Should().Be(TenantResolutionStatus.NotFound);
        Resolve("bob.example:80").NotFoundReason.Should().Be(TenantNotFoundReason.UnknownHost);
    }

    [Fact]
    public void Custom_domain_is_not_a_suffix_match()
    {
        Resolve("x.alice.example").NotFoundReason.Should().Be(TenantNotFoundReason.UnknownHost);
        Resolve("evilalice.example").NotFoundReason.Should().Be(TenantNotFoundReason.UnknownHost);
    }

    [Fact]
    public void Custom_domain_takes_precedence_over_subdomain()
    {
        var result = Resolve("carol.blogs.test");
        result.Blog.Should().Be("dave");
        result.Source.Should().Be(TenantSource.CustomDomain);
    }

    [Fact]
    public void Custom_domain_takes_precedence_over_path_prefix_and_keeps_the_path()
    {
        var result = Resolve("localhost:7777", "/@zed/post/");
        result.Should().Be(new TenantResolution(TenantResolutionStatus.Resolved, "erin", TenantSource.CustomDomain, "", "/@zed/post/", TenantNotFoundReason.None));
    }

    [Fact]
    public void On_a_custom_domain_a_path_prefix_never_switches_to_another_blog()
    {
        var result = Resolve("alice.example", "/@bob/");
        result.Blog.Should().Be("alice");
        result.Path.Should().Be("/@bob/");
    }

    // (b) subdomains
    [Theory]
    [InlineData("carl.blogs.test", "carl")]
    [InlineData("CARL.Blogs.Test", "carl")]
    [InlineData("carl.blogs.test.", "carl")]
    [InlineData("carl.blogs.test:5000", "carl")]
    [InlineData("my-blog-2.blogs.test", "my-blog-2")]
    [InlineData("a.blogs.test", "a")]
    public void Subdomain_of_the_platform_domain_names_the_blog(string host, string blog)
    {
        Resolve(host, "/p/").Should().Be(new TenantResolution(TenantResolutionStatus.Resolved, blog, TenantSource.Subdomain, "", "/p/", TenantNotFoundReason.None));
    }

    [Fact]
    public void Subdomain_label_of_63_characters_is_accepted_and_64_rejected()
    {
        Resolve(new string('a', 63) + ".blogs.test").Blog.Should().Be(new string('a', 63));
        Resolve(new string('a', 64) + ".blogs.test").NotFoundReason.Should().Be(TenantNotFoundReason.InvalidBlogName);
    }

    [Theory]
    [InlineData("a.b.blogs.test")]
    [InlineData("www.carl.blogs.test")]
    public void Nested_subdomain_is_not_found(string host) =>
        Resolve(host).NotFoundReason.Should().Be(TenantNotFoundReason.NestedSubdomain);

    [Theory]
    [InlineData("carl-.blogs.test")]
    [InlineData("car_l.blogs.test")]
    [InlineData("xn--bcher-kva.blogs.test")]
    public void Subdomain_with_an_invalid_label_is_not_found(string host) =>
        Resolve(host).NotFoundReason.Should().Be(TenantNotFoundReason.InvalidBlogName);

    [Theory]
    [InlineData("www.blogs.test")]
    [InlineData("api.blogs.test")]
    [InlineData("ADMIN.blogs.test")]
    public void Reserved_subdomain_is_not_found(string host) =>
        Resolve(host).NotFoundReason.Should().Be(TenantNotFoundReason.ReservedBlogName);

    [Fact]
    public void Platform_domain_with_a_trailing_dot_in_configuration_still_matches() =>
        TenantResolver.Resolve("carl.blogs.test", "/", s_domains, "Blogs.Test.").Blog.Should().Be("carl");

    [Fact]
    public void A_host_that_merely_ends_with_the_platform_domain_text_is_unknown() =>
        Resolve("carlblogs.test").NotFoundReason.Should().Be(TenantNotFoundReason.UnknownHost);

    // (c) path prefix
    [Theory]
    [InlineData("blogs.test")]
    [InlineData("BLOGS.test.")]
    [InlineData("blogs.test:8080")]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("LocalHost.")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]")]
    [InlineData("[::1]:5000")]
    [InlineData("[2001:db8::7]:8080")]
    public void Path_prefix_on_platform_local_and_ip_hosts_moves_the_prefix_into_the_path_base(string host)
    {
        Resolve(host, "/@demo/2024/01/hello/").Should().Be(
            new TenantResolution(TenantResolutionStatus.Resolved, "demo", TenantSource.PathPrefix, "/@demo", "/2024/01/hello/", TenantNotFoundReason.None));
    }

    [Fact]
    public void Path_prefix_root_keeps_a_slash_as_the_remaining_path() =>
        Resolve("localhost", "/@demo/").Path.Should().Be("/");

    [Fact]
    public void Path_prefix_without_trailing_slash_asks_for_a_redirect()
    {
        var result = Resolve("localhost:5000", "/@demo");
        result.Status.Should().Be(TenantResolutionStatus.RedirectToSlash);
        result.Blog.Should().Be("demo");
        result.Path.Should().Be("/@demo/");
    }

    [Theory]
    [InlineData("/@Demo/")]
    [InlineData("/@-demo/")]
    [InlineData("/@de.mo/")]
    [InlineData("/@/")]
    [InlineData("/@")]
    public void Path_prefix_with_an_invalid_name_is_not_found(string path) =>
        Resolve("localhost", path).NotFoundReason.Should().Be(TenantNotFoundReason.InvalidBlogName);

    [Theory]
    [InlineData("/@api/")]
    [InlineData("/@www")]
    public void Path_prefix_with_a_reserved_name_is_not_found(string path) =>
        Resolve("localhost", path).NotFoundReason.Should().Be(TenantNotFoundReason.ReservedBlogName);

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("/demo/")]
    [InlineData("/%40demo/")]
    public void Platform_host_without_a_blog_in_the_path_is_not_found(string? path) =>
        Resolve("localhost", path).NotFoundReason.Should().Be(TenantNotFoundReason.NoBlogInPath);

    [Fact]
    public void Path_prefix_is_not_honoured_on_a_blog_subdomain()
    {
        var result = Resolve("carl.blogs.test", "/@demo/");
        result.Blog.Should().Be("carl");
        result.Path.Should().Be("/@demo/");
    }

    // Unknown and malformed hosts: never a default blog
    [Theory]
    [InlineData("unknown.example", "/@demo/")]
    [InlineData("example.com", "/")]
    [InlineData("blogs.test.evil.example", "/@demo/")]
    public void Unknown_host_is_not_found_even_with_a_path_prefix(string host, string path) =>
        Resolve(host, path).Should().Be(new TenantResolution(TenantResolutionStatus.NotFound, null, TenantSource.None, "", "", TenantNotFoundReason.UnknownHost));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(":5000")]
    [InlineData("::1")]
    [InlineData("[::1")]
    [InlineData("[::1]x")]
    [InlineData("[1.2.3.4]")]
    [InlineData("localhost:abc")]
    [InlineData("localhost:70000")]
    [InlineData("local host")]
    [InlineData("a..blogs.test")]
    [InlineData(".blogs.test")]
    [InlineData("-carl.blogs.test")]
    public void Malformed_host_is_not_found(string? host) =>
        Resolve(host, "/@demo/").NotFoundReason.Should().Be(TenantNotFoundReason.InvalidHost);

    // Collisions checked when a custom domain is added
    [Theory]
    [InlineData("blogs.test", true)]
    [InlineData("carl.blogs.test", true)]
    [InlineData("a.b.Blogs.Test.", true)]
    [InlineData("localhost:8080", true)]
    [InlineData("x.localhost", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("not a host", true)]
    [InlineData("alice.example", false)]
    [InlineData("blogs.test.example", false)]
    public void Custom_domain_that_the_platform_answers_itself_is_a_collision(string host, bool collides) =>
        TenantResolver.CollidesWithPlatform(host, Domain).Should().Be(collides);
}
