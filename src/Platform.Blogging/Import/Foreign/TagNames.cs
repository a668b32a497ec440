namespace Platform.Blogging.Import.Foreign;

/// <summary>Makes an export's tag names fit the platform's tags: no <c>/</c>, no duplicates, at most 50.</summary>
internal static class TagNames
{
    /// <summary>The usable tags of <paramref name="names"/>, in order; what had to change goes into <paramref name="notes"/>.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> names, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(notes);
        var tags = new List<string>();
        foreach (var raw in names)
        {
            var name = PlainText.FromHtml(raw);
            if (name is null)
            {
                continue;
            }

            if (name.Contains('/', StringComparison.Ordinal))
            {
                notes.Add($"the tag '{name}' has '/' replaced by '-'");
                name = name.Replace('/', '-');
            }

            if (!tags.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(name);
            }
        }

        if (tags.Count > ForeignImportLimits.MaxTags)
        {
            notes.Add($"only the first {ForeignImportLimits.MaxTags} of {tags.Count} tags were kept");
            tags.RemoveRange(ForeignImportLimits.MaxTags, tags.Count - ForeignImportLimits.MaxTags);
        }

        return tags;
    }
}
