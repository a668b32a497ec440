namespace Platform.Actors;

/// <summary>Calls to this grain class may interleave at every <c>await</c>; execution stays single-threaded.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
