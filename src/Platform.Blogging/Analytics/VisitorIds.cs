using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Blogging.Analytics;

/// <summary>
/// Turns a request's IP address and User-Agent into the day's visitor id: the first 8 bytes of
/// SHA-256(salt, blog, IP, User-Agent) with the salt of the blog's current date. Salts come from
/// <see cref="IVisitorSaltGrain"/> once per date and silo. A hash costs microseconds, so a silo remembers each
/// (blog, address, User-Agent)'s id for the rest of the day, in memory only and bounded
/// (<see cref="MaxRemembered"/>): a busy page pays for a dictionary lookup, not a SHA-256 per view. The address and
/// User-Agent are never stored or sent anywhere; the memory is dropped at each new day.
/// </summary>
public sealed class VisitorIds(IGrainFactory grains, TimeProvider time)
{
    /// <summary>The most (blog, address, User-Agent) ids a silo remembers; past it the memory starts again.</summary>
    public const int MaxRemembered = 100_000;

    private static readonly TimeSpan CrossingWindow = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<DateOnly, Task<byte[]?>> _salts = new();
    private readonly ConcurrentDictionary<(string Blog, IPAddress Ip, string UserAgent), Remembered> _ids = new();
    private readonly ConcurrentDictionary<string, ZoneDay> _days = new(StringComparer.Ordinal);
    private DateOnly _memoryDay;

    /// <summary>The visitor's id today in <paramref name="zone"/> and, in the half hour after midnight, yesterday's too.</summary>
    /// <param name="blog">The blog viewed.</param>
    /// <param name="address">The client's address (null when unknown, which is treated as one address).</param>
    /// <param name="userAgent">The User-Agent header.</param>
    /// <param name="zone">The blog's time zone, which says when its day changes.</param>
    public async ValueTask<(ulong Today, ulong? Yesterday)?> ComputeAsync(string blog, IPAddress? address, string userAgent, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var now = time.GetUtcNow();
        var today = Today(zone, now);
        var crossing = now < today.From + CrossingWindow;
        // Keyed by the address itself: no string is formatted for a visitor already seen today.
        var key = (blog, address ?? IPAddress.None, userAgent);
        if (_ids.TryGetValue(key, out var known) && known.Day == today.Day && (!crossing || known.Yesterday is not null))
        {
            return (known.Today, crossing ? known.Yesterday : null);
        }

        var ip = address?.ToString() ?? "";

        var salt = await SaltAsync(today.Day);
        if (salt is null)
        {
            return null;
        }

        ulong? yesterday = null;
        if (crossing && await SaltAsync(today.Day.AddDays(-1)) is { } previous)
        {
            yesterday = Hash(previous, blog, ip, userAgent);
        }

        var id = Hash(salt, blog, ip, userAgent);
        var utcDay = DateOnly.FromDateTime(now.UtcDateTime);
        if (_ids.Count >= MaxRemembered || _memoryDay != utcDay)
        {
            _ids.Clear(); // bounded, and each UTC day forgets the addresses of the day before
            _memoryDay = utcDay;
        }

        _ids[key] = new Remembered(today.Day, id, yesterday);
        return (id, yesterday);
    }

    /// <summary>The id for a given salt (exposed for tests).</summary>
    public static ulong Hash(byte[] salt, string blog, string ip, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentNullException.ThrowIfNull(blog);
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(userAgent);
        var length = salt.Length + Encoding.UTF8.GetMaxByteCount(blog.Length + ip.Length + userAgent.Length) + 2;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = rented.AsSpan();
            salt.CopyTo(span);
            var n = salt.Length;
            n += Encoding.UTF8.GetBytes(blog, span[n..]);
            span[n++] = 0;
            n += Encoding.UTF8.GetBytes(ip, span[n..]);
            span[n++] = 0;
            n += Encoding.UTF8.GetBytes(userAgent, span[n..]);
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(span[..n], digest);
            return BinaryPrimitives.ReadUInt64LittleEndian(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>Today in <paramref name="zone"/> and when it started, computed once per zone and day.</summary>
    private ZoneDay Today(TimeZoneInfo zone, DateTimeOffset now)
    {
        if (_days.TryGetValue(zone.Id, out var known) && now >= known.From && now < known.Until)
        {
            return known;
        }

        var day = LocalDays.DayOf(now, zone);
        var (from, until) = LocalDays.Bounds(day, zone);
        var computed = new ZoneDay(day, from, until);
        _days[zone.Id] = computed;
        return computed;
    }

    private Task<byte[]?> SaltAsync(DateOnly day)
    {
        if (_salts.Count > 4)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            foreach (var old in _salts.Keys.Where(d => d < today.AddDays(-1)))
            {
                _salts.TryRemove(old, out _); // deleted from memory as from storage
            }
        }

        var task = _salts.GetOrAdd(day, static (d, g) => g.GetGrain<IVisitorSaltGrain>(VisitorSaltGrain.Key).GetSalt(d), grains);
        if (task.IsFaulted || task.IsCanceled)
        {
            _salts.TryRemove(new KeyValuePair<DateOnly, Task<byte[]?>>(day, task));
        }

        return task;
    }

    private sealed record Remembered(DateOnly Day, ulong Today, ulong? Yesterday);

    private sealed record ZoneDay(DateOnly Day, DateTimeOffset From, DateTimeOffset Until);
}
