namespace Platform.Blogging.Analytics;

/// <summary>
/// The compact binary form of a row's visits: each field a variable-length unsigned integer (7 bits a byte), so a
/// typical visit takes about 20 bytes. Stored as one byte array (base64 in the JSON row).
/// </summary>
internal static class VisitCodec
{
    private const byte Version = 1;

    public static byte[] Encode(IReadOnlyList<VisitRecord> visits)
    {
        using var stream = new MemoryStream(visits.Count * 24 + 8);
        stream.WriteByte(Version);
        Write(stream, visits.Count);
        foreach (var v in visits)
        {
            Write(stream, v.Start);
            Write(stream, v.Duration);
            Write(stream, v.Pageviews);
            Write(stream, v.Entry);
            Write(stream, v.Exit);
            Write(stream, v.Source);
            Write(stream, v.Referrer);
            Write(stream, v.UtmSource);
            Write(stream, v.UtmMedium);
            Write(stream, v.UtmCampaign);
            Write(stream, v.Country);
            Write(stream, v.Device);
            Write(stream, v.Browser);
            Write(stream, v.Os);
            Write(stream, v.Register);
            Write(stream, v.Pages.Count);
            foreach (var page in v.Pages)
            {
                Write(stream, page);
            }
        }

        return stream.ToArray();
    }

    public static List<VisitRecord> Decode(byte[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return [];
        }

        if (data[0] != Version)
        {
            throw new InvalidDataException($"Unknown visit encoding version {data[0]}.");
        }

        var position = 1;
        var count = Read(data, ref position);
        var visits = new List<VisitRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var v = new VisitRecord
            {
                Start = Read(data, ref position),
                Duration = Read(data, ref position),
                Pageviews = Read(data, ref position),
                Entry = Read(data, ref position),
                Exit = Read(data, ref position),
                Source = Read(data, ref position),
                Referrer = Read(data, ref position),
                UtmSource = Read(data, ref position),
                UtmMedium = Read(data, ref position),
                UtmCampaign = Read(data, ref position),
                Country = Read(data, ref position),
                Device = Read(data, ref position),
                Browser = Read(data, ref position),
                Os = Read(data, ref position),
                Register = Read(data, ref position),
            };
            var pages = Read(data, ref position);
            for (var p = 0; p < pages; p++)
            {
                v.Pages.Add(Read(data, ref position));
            }

            visits.Add(v);
        }

        return visits;
    }

    private static void Write(MemoryStream stream, int value)
    {
        var v = (uint)Math.Max(0, value);
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
    }

    private static int Read(byte[] data, ref int position)
    {
        uint result = 0;
        var shift = 0;
        while (true)
        {
            if (position >= data.Length || shift > 28)
            {
                throw new InvalidDataException("A stored visit list is truncated or corrupt.");
            }

            var b = data[position++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)result;
            }

            shift += 7;
        }
    }
}
