namespace Platform.Blogging.Revisions;

/// <summary>One line of a diff.</summary>
/// <param name="Kind">Kept, removed or added.</param>
/// <param name="Text">The line, without its line break.</param>
/// <param name="OldNumber">Its 1-based number in the old text, unless added.</param>
/// <param name="NewNumber">Its 1-based number in the new text, unless removed.</param>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber);
