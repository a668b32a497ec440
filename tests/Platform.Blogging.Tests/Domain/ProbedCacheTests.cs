using Microsoft.Extensions.Time.Testing;
using Platform.Blogging.Caching;

namespace Platform.Blogging.Tests.Domain;

/// <summary>The silo cache's own rules, with a counting probe instead of grains.</summary>
public sealed class ProbedCacheTests
{
    [Fact]
    public async Task A_value_is_probed_once_per_bound_and_again_after_an_invalidation()
    {
        var time = new FakeTimeProvider();
        var probes = 0;
        using var cache = new ProbedCache<string>((key, _) => Task.FromResult<string?>($"{key}#{++probes}"), time, TimeSpan.FromSeconds(1));

        (await cache.GetAsync("a")).Should().Be("a#1");
        (await cache.GetAsync("a")).Should().Be("a#1", "within the bound the held value is served");
        time.Advance(TimeSpan.FromSeconds(1));
        (await cache.GetAsync("a")).Should().Be("a#2");
        cache.Invalidate("a");
        (await cache.GetAsync("a")).Should().Be("a#3");
    }

    [Fact]
    public async Task Past_its_capacity_new_keys_are_answered_but_not_kept()
    {
        var time = new FakeTimeProvider();
        var probes = 0;
        using var cache = new ProbedCache<string>((key, _) => { probes++; return Task.FromResult<string?>(null); }, time, TimeSpan.FromMinutes(1), capacity: 2);

        for (var i = 0; i < 50; i++)
        {
            (await cache.GetAsync($"random-{i}")).Should().BeNull();
        }

        cache.Count.Should().Be(2, "unknown names cannot grow the cache past its capacity");
        probes.Should().Be(50);
        (await cache.GetAsync("random-0")).Should().BeNull();
        probes.Should().Be(50, "a key that was kept is still served from memory");
    }

    [Fact]
    public async Task When_the_owner_cannot_answer_readers_get_the_held_value_but_never_after_a_local_change()
    {
        var time = new FakeTimeProvider();
        var failing = false;
        var probes = 0;
        using var cache = new ProbedCache<string>(
            (key, _) => failing ? Task.FromException<string?>(new TimeoutException("silo gone")) : Task.FromResult<string?>($"{key}#{++probes}"),
            time,
            TimeSpan.FromSeconds(1));
        (await cache.GetAsync("a")).Should().Be("a#1");

        failing = true;
        time.Advance(TimeSpan.FromSeconds(2));
        (await cache.GetAsync("a")).Should().Be("a#1", "the held value stands in while the owner is unreachable");
        var unknown = async () => await cache.GetAsync("b");
        await unknown.Should().ThrowAsync<TimeoutException>("nothing is held for a key never read");
        var fresh = () => cache.GetFreshAsync("a");
        await fresh.Should().ThrowAsync<TimeoutException>("writers ask for the owner's answer, not a stand-in");

        cache.Invalidate("a");
        var changed = async () => await cache.GetAsync("a");
        await changed.Should().ThrowAsync<TimeoutException>("after a change made here the old value is never served");

        failing = false;
        (await cache.GetAsync("a")).Should().Be("a#2");
    }
}
