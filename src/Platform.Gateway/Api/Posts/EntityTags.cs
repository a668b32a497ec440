using System.Globalization;
using Microsoft.Net.Http.Headers;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Posts;

/// <summary>
/// Post ETags are strong: <c>"r{revision}"</c>. <c>If-Match</c> takes one or more of them, or <c>*</c> (any
/// current revision). Weak tags never match (RFC 9110 strong comparison).
/// </summary>
internal static class EntityTags
{
    public static string Of(long revision) => "\"r" + revision.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// The revisions <c>If-Match</c> names: null when the header is absent, an empty list for <c>*</c>.
    /// 400 for a header that is not a list of entity tags.
    /// </summary>
    public static IReadOnlyList<long>? IfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers[HeaderNames.IfMatch];
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(values, out var tags) || tags.Count == 0)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "invalid-if-match", "If-Match must be '*' or entity tags such as \"r3\".", "If-Match");
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return [];
        }

        var revisions = new List<long>();
        foreach (var tag in tags.Where(t => !t.IsWeak))
        {
            var text = tag.Tag.Value ?? "";
            if (text.Length > 3 && text[1] == 'r' && long.TryParse(text.AsSpan(2, text.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) && revision > 0)
            {
                revisions.Add(revision);
            }
        }

        // Tags that are not ours (or weak ones) can never match: -1 is no post's revision, so the write is refused with 412.
        return revisions.Count == 0 ? [-1] : revisions;
    }

    /// <summary>The revision to check a write against: the current one when the header names it, else the first named (412 follows); null for <c>*</c>.</summary>
    public static long? Expected(IReadOnlyList<long> ifMatch, long current)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        return ifMatch.Count == 0 ? null : ifMatch.Contains(current) ? current : ifMatch[0];
    }
}
