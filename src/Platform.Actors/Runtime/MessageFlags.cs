namespace Platform.Actors.Runtime;

/// <summary>Admission rules of one call or tick.</summary>
[Flags]
internal enum MessageFlags
{
    None = 0,
    ReadOnly = 1,
    AlwaysInterleave = 2,

    /// <summary>The call counts as activity for idle collection (calls do; timer ticks only with KeepAlive).</summary>
    KeepAlive = 4,
}
