namespace Platform.Blogging.Analytics;

/// <summary>
/// One visit as a row keeps it: numbers and ids into the row's name table, no visitor identifier. The visitor is
/// kept only as one HyperLogLog register (<see cref="Register"/>: index and rank, 20 bits), enough to count
/// unique visitors under any filter and far too little to tell one person from thousands of others.
/// </summary>
internal sealed class VisitRecord
{
    /// <summary>The most page ids a visit lists; views beyond it still count in <see cref="Pageviews"/>.</summary>
    public const int MaxPages = 100;

    /// <summary>Seconds from the row's start to the visit's first view.</summary>
    public int Start { get; set; }

    /// <summary>Seconds from the first view to the last.</summary>
    public int Duration { get; set; }

    /// <summary>Views in the visit (exact).</summary>
    public int Pageviews { get; set; }

    public int Entry { get; set; }

    public int Exit { get; set; }

    public int Source { get; set; }

    public int Referrer { get; set; }

    public int UtmSource { get; set; }

    public int UtmMedium { get; set; }

    public int UtmCampaign { get; set; }

    public int Country { get; set; }

    public int Device { get; set; }

    public int Browser { get; set; }

    public int Os { get; set; }

    /// <summary>The visitor's HyperLogLog register: index in the high bits, rank in the low 6.</summary>
    public int Register { get; set; }

    /// <summary>The pages viewed, in order (name ids; at most <see cref="MaxPages"/>).</summary>
    public List<int> Pages { get; } = [];

    /// <summary>Whether the visit had one view.</summary>
    public bool Bounced => Pageviews <= 1;

    /// <summary>The register index.</summary>
    public int RegisterIndex => Register >> 6;

    /// <summary>The register rank.</summary>
    public byte RegisterRank => (byte)(Register & 0x3F);
}
