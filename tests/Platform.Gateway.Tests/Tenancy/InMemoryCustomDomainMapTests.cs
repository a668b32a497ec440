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
    public async Task Concurrent_updates_and_lookups_are_safe_and_end_in_the_state_the_last_operations_made()
    {
        var map = new InMemoryCustomDomainMap();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                // A host of this writer's own, set again and again: it ends with the last value written.
                map.Set($"w{w}-h{i % 50}.example", $"b{w}-{i}");

                // A host every writer sets then removes: whoever touches it last removes it, so it ends absent.
                map.Set($"shared{i % 10}.example", $"b{w}-shared");
                map.Remove($"shared{i % 10}.example");
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 5000; i++)
            {
                if (map.TryGetBlog($"shared{i % 10}.example".AsSpan(), out var blog))
                {
                    blog.Should().EndWith("-shared", "a lookup sees a whole value, never a torn one");
                }
            }
        }));
        await Task.WhenAll(writers.Concat(readers));

        for (var w = 0; w < 4; w++)
        {
            for (var k = 0; k < 50; k++)
            {
                map.TryGetBlog($"w{w}-h{k}.example".AsSpan(), out var blog).Should().BeTrue();
                blog.Should().Be($"b{w}-{1950 + k}");
            }
        }

        for (var k = 0; k < 10; k++)
        {
            map.TryGetBlog($"shared{k}.example".AsSpan(), out _).Should().BeFalse();
        }
    }
}
