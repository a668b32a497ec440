namespace Platform.Blogging.Import.Jekyll;

/// <summary>Jekyll's <c>relative_url</c> and <c>absolute_url</c> filters, over the new blog's address.</summary>
public static class JekyllUrls
{
    /// <summary><paramref name="input"/> under <paramref name="baseUrl"/>; absolute URLs are returned as they are.</summary>
    public static string Relative(string baseUrl, string input)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(input);
        if (IsAbsolute(input))
        {
            return input;
        }

        return baseUrl.TrimEnd('/') + "/" + input.TrimStart('/');
    }

    /// <summary><paramref name="input"/> under <paramref name="url"/> and <paramref name="baseUrl"/> (root-relative when <paramref name="url"/> is empty).</summary>
    public static string Absolute(string url, string baseUrl, string input)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(input);
        return IsAbsolute(input) ? input : url.TrimEnd('/') + Relative(baseUrl, input);
    }

    /// <summary>Whether <paramref name="input"/> has a scheme or is protocol-relative.</summary>
    public static bool IsAbsolute(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }
}
