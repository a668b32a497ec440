namespace Platform.Blogging.Import;

/// <summary>
/// Jekyll's drafts: <c>_drafts/slug.md</c> (or <c>.markdown</c>), with no date in the name. A draft's slug comes
/// from its name and its date from its front matter; it is remembered as <c>_drafts/slug.md</c>, so importing again
/// updates it, and a post file of the same slug stays a post of its own.
/// </summary>
public static class JekyllDraftName
{
    /// <summary>The folder Jekyll keeps drafts in.</summary>
    public const string Folder = "_drafts";

    /// <summary>Whether <paramref name="path"/> (with <c>/</c> separators) lies in a <c>_drafts</c> folder.</summary>
    public static bool IsInDrafts(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ("/" + path.Replace('\\', '/')).Contains("/" + Folder + "/", StringComparison.Ordinal);
    }

    /// <summary>Reads the slug of a draft and the name the import remembers it by; false when the path is not a draft.</summary>
    public static bool TryParse(string path, out string slug, out string sourceName)
    {
        ArgumentNullException.ThrowIfNull(path);
        slug = "";
        sourceName = "";
        var name = Path.GetFileName(path.Replace('\\', '/'));
        var extension = Path.GetExtension(name);
        if (!IsInDrafts(path) || !(extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        slug = Path.GetFileNameWithoutExtension(name);
        sourceName = Folder + "/" + name;
        return slug.Length > 0;
    }
}
