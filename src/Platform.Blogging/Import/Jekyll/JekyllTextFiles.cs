using System.Text;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// The site's files as text for <c>{% include %}</c> and <c>{% include_relative %}</c>: a path from the site's root
/// (<c>_includes/figure.html</c>) gives the file's UTF-8 text, read once, or null when the site has no such file,
/// it is larger than <see cref="MaxBytes"/> or not UTF-8. Only files of the site are read (the archive checks ran
/// when it was opened), by their exact path.
/// </summary>
public sealed class JekyllTextFiles
{
    /// <summary>The largest file an include reads.</summary>
    public const int MaxBytes = 256 * 1024;

    private readonly Dictionary<string, ImportSourceFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    /// <summary>Indexes the files of <paramref name="site"/>.</summary>
    public JekyllTextFiles(JekyllSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var file in site.Others.Concat(site.Posts))
        {
            _files.TryAdd(file.Path, file);
        }
    }

    /// <summary>The text of the file at <paramref name="path"/>, or null.</summary>
    public string? Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_texts.TryGetValue(path, out var known))
        {
            return known;
        }

        string? text = null;
        if (_files.TryGetValue(path, out var file) && file.Length <= MaxBytes)
        {
            try
            {
                using var stream = file.Open();
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                var buffer = new char[MaxBytes + 1];
                var read = reader.ReadBlock(buffer, 0, buffer.Length);
                text = read > MaxBytes ? null : new string(buffer, 0, read).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                text = null;
            }
        }

        _texts[path] = text;
        return text;
    }
}
