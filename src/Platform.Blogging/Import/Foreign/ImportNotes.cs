namespace Platform.Blogging.Import.Foreign;

/// <summary>The notes a converter collects about one post, as the sentence its report line carries.</summary>
internal static class ImportNotes
{
    /// <summary>The notes joined into one sentence (<c>First note; second note.</c>), or null when there are none.</summary>
    public static string? Sentence(IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0)
        {
            return null;
        }

        var joined = string.Join("; ", notes);
        return char.ToUpperInvariant(joined[0]) + joined[1..] + ".";
    }

    /// <summary>Adds <paramref name="note"/> and answers true: for status mappings that make a post a draft and say why.</summary>
    public static bool Draft(ICollection<string> notes, string note)
    {
        ArgumentNullException.ThrowIfNull(notes);
        notes.Add(note);
        return true;
    }
}
