using Microsoft.Extensions.Time.Testing;
using Platform.Blogging.Analytics;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>Daily salts: one per date, kept only while some time zone is on that date, then deleted from storage.</summary>
public sealed class VisitorSaltTests
{
    [Fact]
    public async Task A_salt_is_made_once_per_date_and_deleted_after_it_passed_everywhere()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        await using var host = await BlogHost.StartAsync(time);
        var salts = host.Grains.GetGrain<IVisitorSaltGrain>("salts");
        var today = await salts.GetSalt(new DateOnly(2026, 3, 10));
        today.Should().NotBeNull().And.HaveCount(32);
        (await salts.GetSalt(new DateOnly(2026, 3, 10))).Should().Equal(today);
        var yesterday = await salts.GetSalt(new DateOnly(2026, 3, 9));
        var tomorrow = await salts.GetSalt(new DateOnly(2026, 3, 11));
        yesterday.Should().NotEqual(today);
        tomorrow.Should().NotEqual(today);
        (await salts.GetSalt(new DateOnly(2026, 3, 8))).Should().BeNull("no time zone is on that date any more");
        (await salts.GetSalt(new DateOnly(2026, 3, 12))).Should().BeNull("no time zone is on that date yet");

        time.Advance(TimeSpan.FromDays(2));
        await salts.GetSalt(new DateOnly(2026, 3, 12));
        var stored = await host.ReadStoredAsync<VisitorSaltState>("salts", "visitorsalt", "salts");
        stored.Salts.Keys.Should().BeEquivalentTo(["2026-03-11", "2026-03-12"], "the salts of the 9th and 10th are gone, so their visitor ids cannot be recomputed");
        (await salts.GetSalt(new DateOnly(2026, 3, 10))).Should().BeNull();
    }

    [Fact]
    public void The_visitor_id_depends_on_salt_blog_address_and_agent()
    {
        var salt = new byte[32];
        var other = new byte[32];
        other[0] = 1;
        var id = VisitorIds.Hash(salt, "demo", "203.0.113.7", "Firefox");
        VisitorIds.Hash(salt, "demo", "203.0.113.7", "Firefox").Should().Be(id);
        new[]
        {
            VisitorIds.Hash(other, "demo", "203.0.113.7", "Firefox"),
            VisitorIds.Hash(salt, "demo2", "203.0.113.7", "Firefox"),
            VisitorIds.Hash(salt, "demo", "203.0.113.8", "Firefox"),
            VisitorIds.Hash(salt, "demo", "203.0.113.7", "Chrome"),
            VisitorIds.Hash(salt, "demo203.0.113.7", "", "Firefox"),
        }.Should().NotContain(id).And.OnlyHaveUniqueItems();
    }
}
