namespace Platform.Blogging.Content;

/// <summary>Checks a <c>srcset</c> value: every candidate URL must be http(s) or relative (never mailto).</summary>
internal static class SourceSet
{
    public static bool IsAllowed(string srcset)
    {
        foreach (string candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string url = candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            if (UrlPolicy.Classify(url) is not (UrlKind.External or UrlKind.Relative))
            {
                return false;
            }
        }

        return true;
    }
}
