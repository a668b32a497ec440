using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Blogging.Analytics;

/// <summary>
/// Turns a request's IP address and User-Agent into the day's visitor id: the first 8 bytes of
/// SHA-256(salt, blog, IP, User-Agent) with the salt of the blog's current date. Salts come from
/// <see cref="IVisitorSaltGrain"/> once per date and silo; the IP and User-Agent go no further than this method.
/// </summary>
public sealed class VisitorIds(IGrainFactory grains, TimeProvider time)
{
    private readonly ConcurrentDictionary<DateOnly, Task<byte[]?>> _salts = new();

    /// <summary>The visitor's id today in <paramref name="zone"/> and, in the half hour after midnight, yesterday's too.</summary>
    public async ValueTask<(ulong Today, ulong? Yesterday)?> ComputeAsync(string blog, string ip, string userAgent, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var salt = await SaltAsync(day);
        if (salt is null)
        {
            return null;
        }

        ulong? yesterday = null;
        if (local.TimeOfDay < TimeSpan.FromMinutes(30) && await SaltAsync(day.AddDays(-1)) is { } previous)
        {
            yesterday = Hash(previous, blog, ip, userAgent);
        }

        return (Hash(salt, blog, ip, userAgent), yesterday);
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
}
