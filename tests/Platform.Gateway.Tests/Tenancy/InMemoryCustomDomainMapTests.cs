using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Tests.Tenancy;

public sealed class InMemoryCustomDomainMapTests
{
    [Fact]
    public void Set_normalises_case_and_trailing_dot_and_lookups_ignore_case()
    {
        var map = new InMemoryCustomDomainMap();
        map.Set("Alice.Example.", "alice");
        map.TryGetBlog("alice.example", out var blog).Should().BeTrue();
        blog.Should().Be("alice");
        map.TryGetBlog("ALICE.EXAMPLE".AsSpan(), out var fromSpan).Should().BeTrue();
        fromSpan.Should().Be("alice");
    }

    [Fact]
    public void Set_replaces_and_Remove_deletes()
    {
        var map = new InMemoryCustomDomainMap();
        map.Set("a.example", "alice");
        map.Set("A.example", "bob");
        map.Count.Should().Be(1);
        map.TryGetBlog("a.example", out var blog).Should().BeTrue();
        blog.Should().Be("bob");
        map.Remove("a.example.").Should().BeTrue();
        map.TryGetBlog("a.example", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("not a host", "alice")]
    [InlineData("a.example", "Alice")]
    [InlineData("a.example", "api")]
    public void Set_rejects_invalid_hosts_and_blog_names(string host, string blog)
    {
        var act = () => new InMemoryCustomDomainMap().Set(host, blog);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Concurrent_updates_and_lookups_are_safe()
    {
        var map = new InMemoryCustomDomainMap();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                map.Set($"h{i % 50}.example", $"b{w}");
                map.Remove($"h{(i + 25) % 50}.example");
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 5000; i++)
            {
                if (map.TryGetBlog($"h{i % 50}.example".AsSpan(), out var blog))
                {
                    blog.Should().StartWith("b");
                }
            }
        }));
        await Task.WhenAll(writers.Concat(readers));
    }
}
